/*
 * order.c: load order for the desired-state statements.
 *
 * Kahn's algorithm over "creator before user" edges, always taking the ready
 * statement with the smallest (priority, input position), so the result is
 * deterministic and stays as close to the files' own order as the
 * dependencies allow.  Names are matched through a sorted index, so the
 * cost is O(E log N) rather than comparing every pair of statements.
 */
#include "statement.h"
#include "../common/arena.h"
#include "../common/heap.h"
#include "../common/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct name_entry {
	const char *name;
	size_t stmt;
};

static int cmp_name(const void *x, const void *y)
{
	return strcmp(((const struct name_entry *)x)->name, ((const struct name_entry *)y)->name);
}

/* by name, then statement: equal names stay in input order */
static int cmp_entry(const void *x, const void *y)
{
	const struct name_entry *a = x, *b = y;
	int c = cmp_name(x, y);
	return c ? c : (a->stmt > b->stmt) - (a->stmt < b->stmt);
}

/* Load order among ready statements: priority, then input position. */
static bool before(const void *ctx, size_t a, size_t b)
{
	const struct statement *x = (const struct statement *)ctx + a,
			       *y = (const struct statement *)ctx + b;
	if (x->priority != y->priority)
		return x->priority < y->priority;
	return x->seq < y->seq;
}

/* st also waits for the statement at position before in the sorted list. */
static void add_after(struct arena *a, struct statement *st, size_t before)
{
	st->after = arena_grow(a, st->after, st->n_after, st->n_after + 1, sizeof(*st->after));
	st->after[st->n_after++] = before;
}

/* Each statement of a naming group (see naming_group() in names.c) also
 * waits for the group's statement of the same priority before it in load
 * order.  Statements of different priorities are in order already (the
 * loader runs a lower priority first), and an edge from a higher one
 * would have a statement wait on one that waits for it. */
static void chain_naming_groups(struct arena *a, struct statement *v, size_t n)
{
	struct name_entry *g = xmalloc((n + 1) * sizeof(*g));
	size_t ng = 0;
	for (size_t i = 0; i < n; i++)
		if (v[i].naming_group)
			g[ng++] = (struct name_entry){ v[i].naming_group, i };
	qsort(g, ng, sizeof(*g), cmp_entry); /* by group, then load order */
	size_t last[N_LOAD_PRIORITIES];
	for (size_t k = 0; k < ng; k++) {
		if (k == 0 || strcmp(g[k].name, g[k - 1].name))
			for (size_t p = 0; p < N_LOAD_PRIORITIES; p++)
				last[p] = SIZE_MAX; /* a new group */
		struct statement *st = &v[g[k].stmt];
		size_t *prev = &last[st->priority];
		if (*prev != SIZE_MAX)
			add_after(a, st, *prev);
		*prev = g[k].stmt;
	}
	free(g);
}

/* No statement is ready, so the ones left wait on each other somewhere:
 * from the earliest left, follow waiting-on edges (each statement left
 * has a creator left) until one repeats, and release the earliest
 * statement of that cycle.  Releasing the earliest left instead would
 * pick one that merely waits for the cycle (a COMMENT ON a table). */
static size_t release_from_cycle(const struct statement *v, size_t n, const bool *done,
				 const size_t *creators, const size_t *cstart)
{
	size_t *seen_at = xmalloc(n * sizeof(*seen_at)), *path = xmalloc(n * sizeof(*path));
	for (size_t i = 0; i < n; i++)
		seen_at[i] = n;
	size_t s = n;
	for (size_t i = 0; i < n && s == n; i++)
		if (!done[i])
			s = i;
	size_t len = 0;
	while (s < n && seen_at[s] == n) {
		seen_at[s] = len;
		path[len++] = s;
		size_t next = n;
		for (size_t c = cstart[s]; c < cstart[s + 1] && next == n; c++)
			if (!done[creators[c]])
				next = creators[c];
		s = next;
	}
	size_t pick = s;
	if (s < n) { /* path[seen_at[s]..] is the cycle */
		for (size_t k = seen_at[s]; k < len; k++)
			if (before(v, path[k], pick))
				pick = path[k];
	} else { /* cannot happen: a statement left always has a creator left */
		pick = len ? path[0] : 0;
	}
	free(seen_at);
	free(path);
	return pick;
}

void order_statements(struct arena *a, struct statement_list *list)
{
	size_t n = list->n, ncreate = 0;
	if (n < 2)
		return;
	for (size_t i = 0; i < n; i++)
		ncreate += list->v[i].n_creates;
	struct name_entry *idx = xmalloc((ncreate + 1) * sizeof(*idx));
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < list->v[i].n_creates; j++)
			idx[k++] = (struct name_entry){ list->v[i].creates[j], i };
	qsort(idx, ncreate, sizeof(*idx), cmp_entry);

	/* edges: creator -> user, as adjacency lists in one array */
	size_t *indeg = calloc(n, sizeof(size_t));
	size_t *nout = calloc(n, sizeof(size_t));
	size_t cap = 64, nedge = 0;
	size_t (*edge)[2] = xmalloc(cap * sizeof(*edge));
	for (size_t i = 0; i < n; i++) {
		const struct statement *s = &list->v[i];
		for (size_t r = 0; r < s->n_refs; r++) {
			struct name_entry key = { s->refs[r], 0 };
			struct name_entry *hit = bsearch(&key, idx, ncreate, sizeof(*idx), cmp_name);
			/* bsearch may land anywhere in a run of equal names */
			size_t lo = hit ? (size_t)(hit - idx) : ncreate;
			while (hit && lo > 0 && !strcmp(idx[lo - 1].name, key.name))
				lo--;
			for (size_t e = lo; e < ncreate && !strcmp(idx[e].name, key.name); e++) {
				if (idx[e].stmt == i)
					continue;
				if (nedge == cap)
					edge = xrealloc(edge, (cap *= 2) * sizeof(*edge));
				edge[nedge][0] = idx[e].stmt;
				edge[nedge][1] = i;
				nedge++;
				indeg[i]++;
				nout[idx[e].stmt]++;
			}
		}
	}
	size_t *start = calloc(n + 1, sizeof(size_t));
	for (size_t i = 0; i < n; i++)
		start[i + 1] = start[i] + nout[i];
	size_t *adj = xmalloc((nedge + 1) * sizeof(size_t));
	size_t *fill = calloc(n, sizeof(size_t));
	for (size_t e = 0; e < nedge; e++) {
		size_t from = edge[e][0];
		adj[start[from] + fill[from]++] = edge[e][1];
	}

	/* and creator lists, user -> creators, for breaking a cycle */
	size_t *cstart = calloc(n + 1, sizeof(size_t));
	for (size_t i = 0; i < n; i++)
		cstart[i + 1] = cstart[i] + indeg[i];
	size_t *creators = xmalloc((nedge + 1) * sizeof(size_t));
	memset(fill, 0, n * sizeof(*fill));
	for (size_t e = 0; e < nedge; e++) {
		size_t to = edge[e][1];
		creators[cstart[to] + fill[to]++] = edge[e][0];
	}

	struct heap h;
	heap_init(&h, n, before, list->v);
	bool *done = calloc(n, sizeof(bool));
	for (size_t i = 0; i < n; i++)
		if (indeg[i] == 0)
			heap_push(&h, i);
	struct statement *sorted = arena_alloc(a, n * sizeof(*sorted));
	size_t out = 0;
	while (out < n) {
		size_t s;
		if (h.n > 0) {
			s = heap_pop(&h);
		} else {
			s = release_from_cycle(list->v, n, done, creators, cstart);
		}
		if (done[s])
			continue;
		done[s] = true;
		sorted[out] = list->v[s];
		sorted[out].seq_index = s;
		out++;
		for (size_t e = start[s]; e < start[s + 1]; e++) {
			size_t u = adj[e];
			/* a user waits for its creator, so it can be no more
			 * urgent: a COMMENT ON a foreign key goes with the keys
			 * (a loader that runs each priority in turn would
			 * otherwise wait on itself) */
			if (list->v[u].priority < list->v[s].priority)
				list->v[u].priority = list->v[s].priority;
			if (indeg[u] > 0 && --indeg[u] == 0 && !done[u])
				heap_push(&h, u);
		}
	}
	/* each statement's creators, as positions in the sorted list; a
	 * creator caught in a cycle may come later and is left out */
	size_t *pos = xmalloc(n * sizeof(*pos));
	for (size_t i = 0; i < n; i++)
		pos[sorted[i].seq_index] = i;
	for (size_t e = 0; e < nedge; e++) {
		struct statement *user = &sorted[pos[edge[e][1]]];
		size_t creator = pos[edge[e][0]];
		if (creator >= pos[edge[e][1]])
			continue;
		add_after(a, user, creator);
	}
	free(pos);
	chain_naming_groups(a, sorted, n);
	list->v = sorted;
	free(idx);
	free(indeg);
	free(nout);
	free(edge);
	free(start);
	free(adj);
	free(fill);
	free(cstart);
	free(creators);
	heap_release(&h);
	free(done);
}
