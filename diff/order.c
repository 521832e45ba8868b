/*
 * order.c: the dependency order of a plan's nodes.
 *
 * Edges come from the dependencies each model recorded (pg_depend plus
 * structure):
 *   drops:   a dependent goes before what it depends on (current model);
 *   creates: what is needed goes before what needs it (desired model);
 *   alters:  after the creates and alters they need, before the drops of
 *            what they stop using;
 *   rebuild: its drop before its create.
 * A column re-cast onto a rebuilt enum sits between the enum's two halves
 * (old type renamed and new one created; old type dropped).
 *
 * The sort is Kahn's algorithm with a heap keyed by (phase, kind, schema,
 * parent, name), as pg_dump's TopoSort keeps its priority order among ready
 * items: the same models always give the same order.  A cycle that no rule
 * breaks is a bug in those rules and fails loudly, naming its objects.
 */
#include "changes.h"
#include "../common/arena.h"
#include "../common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct graph {
	struct arena *a;
	struct node *nodes;
	size_t n;
};

static int new_node(struct graph *g, struct change *ch, enum node_phase phase,
		    const struct object *obj)
{
	struct node *nd = &g->nodes[g->n];
	nd->ch = ch;
	nd->phase = phase;
	nd->obj = obj;
	return (int)g->n++;
}

static void edge(struct graph *g, int from, int to)
{
	if (from < 0 || to < 0 || from == to)
		return;
	struct node *f = &g->nodes[from];
	if (f->n_out == f->cap_out) {
		size_t nc = f->cap_out ? f->cap_out * 2 : 4;
		f->out = arena_grow(g->a, f->out, f->n_out, nc, sizeof(*f->out));
		f->cap_out = nc;
	}
	f->out[f->n_out++] = (size_t)to;
	g->nodes[to].indeg++;
}

static int drop_node(const struct change *ch)
{
	while (ch && ch->drop_node < 0 && ch->drop_cover)
		ch = ch->drop_cover;
	return ch ? ch->drop_node : -1;
}

static int create_node(const struct change *ch)
{
	if (!ch || (ch->kind != CHANGE_CREATE && ch->kind != CHANGE_REBUILD))
		return -1;
	while (ch->main_node < 0 && ch->create_cover)
		ch = ch->create_cover;
	return ch->main_node;
}

static int alter_node(const struct change *ch)
{
	return ch && ch->kind == CHANGE_ALTER ? ch->main_node : -1;
}

static bool is_rebuilt_enum(const struct change *ch)
{
	return ch && ch->kind == CHANGE_REBUILD && ch->from->kind == OBJ_ENUM;
}

static void add_edges(struct graph *g, struct changeset *cs, struct change *ch)
{
	int d = drop_node(ch), c = create_node(ch), al = alter_node(ch);
	if (ch->kind == CHANGE_DROP || ch->kind == CHANGE_REBUILD) {
		for (size_t i = 0; i < ch->from->n_deps; i++) {
			struct change *z = change_of(cs, ch->from->deps[i]);
			edge(g, d, drop_node(z));
			edge(g, d, alter_node(z));
		}
	}
	if (ch->kind == CHANGE_CREATE || ch->kind == CHANGE_REBUILD) {
		for (size_t i = 0; i < ch->to->n_deps; i++) {
			struct change *w = change_of(cs, ch->to->deps[i]);
			edge(g, create_node(w), c);
			edge(g, alter_node(w), c);
		}
		if (ch->kind == CHANGE_REBUILD)
			edge(g, d, c);
	}
	if (ch->kind == CHANGE_ALTER) {
		for (size_t i = 0; i < ch->to->n_deps; i++) {
			struct change *w = change_of(cs, ch->to->deps[i]);
			if (ch->retype && is_rebuilt_enum(w)) {
				edge(g, w->drop_node, al);
				edge(g, al, w->main_node);
				continue;
			}
			edge(g, create_node(w), al);
			edge(g, alter_node(w), al);
		}
		for (size_t i = 0; i < ch->from->n_deps; i++) {
			struct change *z = change_of(cs, ch->from->deps[i]);
			if (ch->retype && is_rebuilt_enum(z))
				continue;
			edge(g, al, drop_node(z));
		}
	}
}

static int cmp_nodes(const struct node *x, const struct node *y)
{
	if (x->phase != y->phase)
		return x->phase < y->phase ? -1 : 1;
	if (x->obj->kind != y->obj->kind) {
		int less = x->obj->kind < y->obj->kind;
		/* drops go from the leaves inwards: indexes before tables */
		if (x->phase == PHASE_DROP)
			less = !less;
		return less ? -1 : 1;
	}
	return object_compare(x->obj, y->obj);
}

struct heap {
	size_t *v, n;
	struct node *nodes;
};

static bool heap_less(const struct heap *h, size_t a, size_t b)
{
	int c = cmp_nodes(&h->nodes[a], &h->nodes[b]);
	return c < 0 || (c == 0 && a < b);
}

static void heap_push(struct heap *h, size_t x)
{
	size_t i = h->n++;
	h->v[i] = x;
	while (i > 0 && heap_less(h, h->v[i], h->v[(i - 1) / 2])) {
		size_t p = (i - 1) / 2, t = h->v[p];
		h->v[p] = h->v[i];
		h->v[i] = t;
		i = p;
	}
}

static size_t heap_pop(struct heap *h)
{
	size_t top = h->v[0], i = 0;
	h->v[0] = h->v[--h->n];
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		if (l < h->n && heap_less(h, h->v[l], h->v[m]))
			m = l;
		if (r < h->n && heap_less(h, h->v[r], h->v[m]))
			m = r;
		if (m == i)
			break;
		size_t t = h->v[m];
		h->v[m] = h->v[i];
		h->v[i] = t;
		i = m;
	}
	return top;
}

static _Noreturn void fail_cycle(struct arena *a, struct graph *g, const bool *done)
{
	fprintf(stderr, "schemadiff: internal error: the changes form a dependency cycle:\n");
	for (size_t i = 0; i < g->n; i++)
		if (!done[i])
			fprintf(stderr, "  %s %s\n",
				g->nodes[i].phase == PHASE_DROP ? "drop" :
				g->nodes[i].phase == PHASE_ALTER ? "alter" : "create",
				object_describe(a, g->nodes[i].obj));
	die("unbroken dependency cycle");
}

struct node **changes_order(struct arena *a, struct changeset *cs, size_t *n_nodes)
{
	struct graph g = { .a = a, .nodes = arena_alloc(a, (2 * cs->n + 1) * sizeof(struct node)) };
	for (size_t i = 0; i < cs->n; i++) {
		struct change *ch = &cs->v[i];
		switch (ch->kind) {
		case CHANGE_NONE:
			break;
		case CHANGE_DROP:
			if (!ch->drop_cover)
				ch->drop_node = new_node(&g, ch, PHASE_DROP, ch->from);
			break;
		case CHANGE_CREATE:
			if (!ch->create_cover)
				ch->main_node = new_node(&g, ch, PHASE_CREATE, ch->to);
			break;
		case CHANGE_ALTER:
			ch->main_node = new_node(&g, ch, PHASE_ALTER, ch->to);
			break;
		case CHANGE_REBUILD:
			ch->drop_node = new_node(&g, ch, PHASE_DROP, ch->from);
			ch->main_node = new_node(&g, ch, PHASE_CREATE, ch->to);
			break;
		}
	}
	for (size_t i = 0; i < cs->n; i++)
		if (cs->v[i].kind != CHANGE_NONE)
			add_edges(&g, cs, &cs->v[i]);

	struct heap h = { arena_alloc(a, (g.n + 1) * sizeof(size_t)), 0, g.nodes };
	bool *done = arena_alloc(a, g.n + 1);
	struct node **order = arena_alloc(a, (g.n + 1) * sizeof(*order));
	for (size_t i = 0; i < g.n; i++)
		if (g.nodes[i].indeg == 0)
			heap_push(&h, i);
	size_t out = 0;
	while (h.n > 0) {
		size_t x = heap_pop(&h);
		done[x] = true;
		order[out++] = &g.nodes[x];
		for (size_t e = 0; e < g.nodes[x].n_out; e++) {
			size_t u = g.nodes[x].out[e];
			if (--g.nodes[u].indeg == 0)
				heap_push(&h, u);
		}
	}
	if (out != g.n)
		fail_cycle(a, &g, done);
	*n_nodes = out;
	return order;
}
