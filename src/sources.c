/* sources.c: see sources.h. */
#include "sources.h"
#include "../common/arena.h"
#include "../common/util.h"
#include "../parser/statement.h"
#include "../schema/model.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static struct object *find(const struct model *m, enum obj_kind kind, const char *schema,
			   const char *parent, const char *name)
{
	struct object key = { .kind = kind, .schema = schema, .parent = parent, .name = name };
	return model_find(m, &key);
}

static int cmp_oid(const void *x, const void *y)
{
	const struct object *a = *(struct object *const *)x, *b = *(struct object *const *)y;
	return (a->oid > b->oid) - (a->oid < b->oid);
}

/* The checks of one table, in creation order, matched to the texts.  The
 * table's constraints are among its users (they depend on it). */
static void attach_checks(const struct model *m, const struct object *table,
			  const struct source_expr **texts, size_t n)
{
	struct object **checks = xmalloc((table->n_users + 1) * sizeof(*checks)); /* scratch */
	size_t k = 0;
	for (size_t i = 0; i < table->n_users; i++) {
		struct object *o = object_user(m, table, i);
		if (o->kind == OBJ_CONSTRAINT && o->owner == table &&
		    ((struct constraint_obj *)o)->contype == 'c')
			checks[k++] = o;
	}
	if (k == n) {
		qsort(checks, k, sizeof(*checks), cmp_oid);
		bool same = true;
		for (size_t i = 0; i < n && same; i++)
			same = !texts[i]->name || !strcmp(texts[i]->name, checks[i]->name);
		for (size_t i = 0; i < n && same; i++)
			((struct constraint_obj *)checks[i])->source_expr = texts[i]->text;
	}
	free(checks);
}

/* A check text and its place in load order. */
struct check_text {
	const struct source_expr *e;
	size_t seq;
};

/* by (schema, table), in load order inside a table */
static int cmp_check_text(const void *x, const void *y)
{
	const struct check_text *a = x, *b = y;
	int c = strcmp(a->e->schema, b->e->schema);
	if (c == 0)
		c = strcmp(a->e->table, b->e->table);
	return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

void sources_attach(struct arena *a, struct model *desired, const struct statement_list *stmts)
{
	/* all check texts in load order, then grouped by table */
	size_t total = 0;
	for (size_t i = 0; i < stmts->n; i++)
		total += stmts->v[i].n_sources;
	struct check_text *checks = arena_alloc(a, (total + 1) * sizeof(*checks));
	size_t nchecks = 0;
	for (size_t i = 0; i < stmts->n; i++) {
		for (size_t k = 0; k < stmts->v[i].n_sources; k++) {
			const struct source_expr *e = &stmts->v[i].sources[k];
			struct object *o;
			switch (e->kind) {
			case SOURCE_CHECK:
				checks[nchecks] = (struct check_text){ e, nchecks };
				nchecks++;
				break;
			case SOURCE_INDEX_WHERE:
				if ((o = find(desired, OBJ_INDEX, e->schema, e->table, e->name)))
					((struct index_obj *)o)->source_where = e->text;
				break;
			case SOURCE_VIEW_QUERY:
				if ((o = find(desired, OBJ_VIEW, e->schema, NULL, e->name)))
					((struct view_obj *)o)->source_query = e->text;
				break;
			case SOURCE_POLICY:
				if ((o = find(desired, OBJ_POLICY, e->schema, e->table, e->name))) {
					((struct policy_obj *)o)->source_using = e->text;
					((struct policy_obj *)o)->source_check = e->text2;
				}
				break;
			}
		}
	}
	qsort(checks, nchecks, sizeof(*checks), cmp_check_text);
	const struct source_expr **group = arena_alloc(a, (nchecks + 1) * sizeof(*group));
	for (size_t i = 0; i < nchecks;) {
		const struct source_expr *first = checks[i].e;
		size_t n = 0;
		bool usable = true;
		for (; i < nchecks && !strcmp(checks[i].e->schema, first->schema) &&
		       !strcmp(checks[i].e->table, first->table); i++) {
			usable = usable && checks[i].e->text;
			group[n++] = checks[i].e;
		}
		struct object *table = find(desired, OBJ_TABLE, first->schema, NULL, first->table);
		if (table && usable)
			attach_checks(desired, table, group, n);
	}
}

/* --- for the model cache ------------------------------------------------ */

static const char *const source_columns[] = { "kind", "schema", "table", "name", "text", "text2" };
#define N_SOURCE_COLUMNS (sizeof(source_columns) / sizeof(source_columns[0]))

void sources_record(struct arena *a, const struct statement_list *stmts, struct catalog_log *out)
{
	size_t n = 0;
	for (size_t i = 0; i < stmts->n; i++)
		n += stmts->v[i].n_sources;
	struct rowset *rs = arena_alloc(a, sizeof(*rs));
	rs->name = "sources";
	rs->nrows = (int)n;
	rs->ncols = (int)N_SOURCE_COLUMNS;
	rs->colnames = (const char **)source_columns;
	rs->cells = arena_alloc(a, (n * N_SOURCE_COLUMNS + 1) * sizeof(*rs->cells));
	const char **c = rs->cells;
	for (size_t i = 0; i < stmts->n; i++)
		for (size_t k = 0; k < stmts->v[i].n_sources; k++) {
			const struct source_expr *e = &stmts->v[i].sources[k];
			*c++ = arena_printf(a, "%d", (int)e->kind);
			*c++ = e->schema;
			*c++ = e->table;
			*c++ = e->name;
			*c++ = e->text;
			*c++ = e->text2;
		}
	*out = (struct catalog_log){ .v = rs, .n = 1, .cap = 1 };
}

int sources_replay(struct arena *a, const struct catalog_log *log, struct statement_list *out)
{
	if (log->n != 1 || log->v[0].ncols != (int)N_SOURCE_COLUMNS ||
	    strcmp(log->v[0].name, "sources"))
		return -1;
	const struct rowset *rs = &log->v[0];
	struct statement *st = arena_alloc(a, sizeof(*st));
	st->n_sources = (size_t)rs->nrows;
	st->sources = arena_alloc(a, (st->n_sources + 1) * sizeof(*st->sources));
	for (size_t i = 0; i < st->n_sources; i++) {
		const char *const *row = rs->cells + i * N_SOURCE_COLUMNS;
		int kind = row[0] ? atoi(row[0]) : -1;
		if (kind < SOURCE_CHECK || kind > SOURCE_POLICY || !row[1])
			return -1;
		/* copies: the rows are freed once the model is built */
		st->sources[i] = (struct source_expr){ (enum source_kind)kind,
						       arena_strdup(a, row[1]), arena_strdup(a, row[2]),
						       arena_strdup(a, row[3]), arena_strdup(a, row[4]),
						       arena_strdup(a, row[5]) };
	}
	*out = (struct statement_list){ st, 1 };
	return 0;
}
