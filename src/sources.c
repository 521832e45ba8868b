/* sources.c: see sources.h. */
#include "sources.h"
#include "../common/arena.h"
#include "../parser/statement.h"
#include "../schema/model.h"

#include <stdlib.h>
#include <string.h>

static struct object *find(const struct model *m, enum obj_kind kind, const char *schema,
			   const char *parent, const char *name)
{
	struct object key = { .kind = kind, .schema = schema, .parent = parent, .name = name };
	object_set_identity(&key);
	return model_find(m, &key);
}

static int cmp_oid(const void *x, const void *y)
{
	const struct object *a = *(struct object *const *)x, *b = *(struct object *const *)y;
	return (a->oid > b->oid) - (a->oid < b->oid);
}

/* The checks of one table, in creation order, matched to the texts. */
static void attach_checks(struct arena *a, const struct model *m, const struct object *table,
			  const struct source_expr **texts, size_t n)
{
	struct object **checks = arena_alloc(a, (m->n + 1) * sizeof(*checks));
	size_t k = 0;
	for (size_t i = 0; i < m->n; i++) {
		struct object *o = m->objects[i];
		if (o->kind == OBJ_CONSTRAINT && o->owner == table &&
		    ((struct constraint_obj *)o)->contype == 'c')
			checks[k++] = o;
	}
	if (k != n)
		return;
	qsort(checks, k, sizeof(*checks), cmp_oid);
	for (size_t i = 0; i < n; i++)
		if (texts[i]->name && strcmp(texts[i]->name, checks[i]->name))
			return;
	for (size_t i = 0; i < n; i++)
		((struct constraint_obj *)checks[i])->source_expr = texts[i]->text;
}

void sources_attach(struct arena *a, struct model *desired, const struct statement_list *stmts)
{
	/* all check texts in load order, then grouped by table */
	size_t total = 0;
	for (size_t i = 0; i < stmts->n; i++)
		total += stmts->v[i].n_sources;
	const struct source_expr **checks = arena_alloc(a, (total + 1) * sizeof(*checks));
	size_t nchecks = 0;
	for (size_t i = 0; i < stmts->n; i++) {
		for (size_t k = 0; k < stmts->v[i].n_sources; k++) {
			const struct source_expr *e = &stmts->v[i].sources[k];
			struct object *o;
			switch (e->kind) {
			case SOURCE_CHECK:
				checks[nchecks++] = e;
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
	bool *done = arena_alloc(a, nchecks + 1);
	const struct source_expr **group = arena_alloc(a, (nchecks + 1) * sizeof(*group));
	for (size_t i = 0; i < nchecks; i++) {
		if (done[i])
			continue;
		size_t n = 0;
		bool usable = true;
		for (size_t j = i; j < nchecks; j++)
			if (!strcmp(checks[j]->schema, checks[i]->schema) &&
			    !strcmp(checks[j]->table, checks[i]->table)) {
				done[j] = true;
				usable = usable && checks[j]->text;
				group[n++] = checks[j];
			}
		struct object *table = find(desired, OBJ_TABLE, checks[i]->schema, NULL, checks[i]->table);
		if (table && usable)
			attach_checks(a, desired, table, group, n);
	}
}
