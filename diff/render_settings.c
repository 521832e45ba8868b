/*
 * render_settings.c: what a table keeps beside the definitions of its
 * columns and indexes, written as pg_dump writes it:
 *   - a column's settings (SET STATISTICS, SET STORAGE, SET COMPRESSION,
 *     SET (n_distinct ...)), as ALTER TABLE ONLY ... ALTER COLUMN, for its
 *     own columns and for the ones a child or partition inherits;
 *   - the marks on one of its indexes (CLUSTER ON, REPLICA IDENTITY USING
 *     INDEX), written once the index exists.
 * Each is written from the state before and after: a new column starts
 * from the defaults, a retyped one from what ALTER COLUMN TYPE leaves, a
 * new child from what PostgreSQL copies of its parent.
 */
#include "render_out.h"
#include "../common/quote.h"
#include "../common/strbuf.h"
#include "../common/util.h"

#include <string.h>

/* --- column settings -------------------------------------------------- */

static const struct column_settings default_settings = { 0 };

static void alter_only_column(struct strbuf *sb, const char *schema, const char *table,
			      const char *column)
{
	strbuf_adds(sb, "ALTER TABLE ONLY ");
	sql_add_qualified(sb, schema, table);
	strbuf_adds(sb, " ALTER COLUMN ");
	sql_add_ident(sb, column);
	strbuf_addch(sb, ' ');
}

/* ALTER TABLE ONLY ... ALTER COLUMN for each setting that differs between
 * the column as it is (from) and as it should be (to).  ONLY, as pg_dump
 * writes them: a child's or partition's settings are its own. */
static void alter_column_settings(struct out *o, const char *schema, const char *table,
				  const char *column, const struct column_settings *from,
				  const struct column_settings *to)
{
	struct strbuf sb = STRBUF_INIT;
	if (strcmp_null(from->stat_target, to->stat_target)) {
		alter_only_column(&sb, schema, table, column);
		strbuf_addf(&sb, "SET STATISTICS %s", to->stat_target ? to->stat_target : "-1");
		emit(o, 0, &sb);
	}
	char was = from->storage ? from->storage : from->type_storage,
	     now = to->storage ? to->storage : to->type_storage;
	if (was != now) {
		alter_only_column(&sb, schema, table, column);
		strbuf_addf(&sb, "SET STORAGE %s", storage_name(now));
		emit(o, 0, &sb);
	}
	if (from->compression != to->compression) {
		alter_only_column(&sb, schema, table, column);
		strbuf_addf(&sb, "SET COMPRESSION %s", compression_name(to->compression));
		emit(o, 0, &sb);
	}
	struct strbuf reset = STRBUF_INIT, set = STRBUF_INIT;
	parameter_changes(from->options, to->options, &reset, &set);
	if (reset.len) {
		alter_only_column(&sb, schema, table, column);
		strbuf_addf(&sb, "RESET (%s)", reset.buf);
		emit(o, 0, &sb);
	}
	if (set.len) {
		alter_only_column(&sb, schema, table, column);
		strbuf_addf(&sb, "SET (%s)", set.buf);
		emit(o, 0, &sb);
	}
	strbuf_release(&reset);
	strbuf_release(&set);
	strbuf_release(&sb);
}

/* A column's settings when ALTER COLUMN TYPE has run: the statistics
 * target and options stay, storage is the new type's, compression the
 * default. */
static struct column_settings settings_after_retype(const struct column_settings *from,
						    const struct column_settings *to)
{
	struct column_settings s = *from;
	s.storage = 0;
	s.type_storage = to->type_storage;
	s.compression = 0;
	return s;
}

/* A column the plan makes starts with the defaults (its type's storage) */
void new_column_settings(struct out *o, const struct column_obj *c)
{
	struct column_settings start = default_settings;
	start.type_storage = c->settings->type_storage;
	alter_column_settings(o, c->obj.schema, c->obj.parent, c->obj.name, &start, c->settings);
}

static const struct column_settings *inherited_settings_of(const struct table_obj *t,
							    const char *column)
{
	for (size_t i = 0; t && i < t->n_inherited; i++)
		if (!strcmp(t->inherited[i].column, column))
			return &t->inherited[i].settings;
	return NULL;
}

/* Table t's own column named `column`, or NULL */
static const struct column_obj *own_column(const struct table_obj *t, const char *column)
{
	for (size_t i = 0; i < t->n_columns; i++)
		if (!strcmp(t->columns[i]->obj.name, column))
			return t->columns[i];
	return NULL;
}

/* The column named `column` as table t (of m) or its nearest ancestor
 * that has it declares it: a child's inherited column is its parent's */
static const struct column_obj *declared_column(const struct model *m, const struct table_obj *t,
						const char *column)
{
	for (int depth = 0; t && depth < 32; depth++) {
		const struct column_obj *c = own_column(t, column);
		if (c)
			return c;
		t = (const void *)object_dep_of_kind(m, &t->obj, OBJ_TABLE);
	}
	return NULL;
}

/* What this plan does to the column a child inherits as `column`: its
 * change in the parent that declares it, or NULL */
static const struct change *parent_column_change(const struct out *o, const struct model *m,
						 const struct table_obj *child, const char *column)
{
	const struct object *parent = object_dep_of_kind(m, &child->obj, OBJ_TABLE);
	const struct column_obj *c = parent ? declared_column(m, (const void *)parent, column) : NULL;
	return c ? change_of(o->cs, &c->obj) : NULL;
}

static bool retypes(const struct change *ch)
{
	if (!ch || ch->kind != CHANGE_ALTER)
		return false;
	const struct column_obj *f = (const void *)ch->from, *t = (const void *)ch->to;
	return ch->retype || strcmp(f->type, t->type) || strcmp_null(f->collation, t->collation);
}

/* The inherited columns' settings of table t going from f's (NULL: as a
 * new child starts, with its parent's storage and compression, which is
 * what PostgreSQL copies) to t's. */
void inherited_column_settings(struct out *o, const struct table_obj *f,
			       const struct table_obj *t)
{
	const struct table_obj *parent = f ? NULL
		: (const void *)object_dep_of_kind(o->want, &t->obj, OBJ_TABLE);
	struct column_settings start, want;
	if (parent) {
		/* every column the child takes from its parent, set or not */
		for (size_t pass = 0; pass < 2; pass++) {
			size_t n = pass ? parent->n_inherited : parent->n_columns;
			for (size_t i = 0; i < n; i++) {
				const char *name = pass ? parent->inherited[i].column
						      : parent->columns[i]->obj.name;
				const struct column_settings *p = pass ? &parent->inherited[i].settings
								      : parent->columns[i]->settings,
							     *mine = inherited_settings_of(t, name);
				start = default_settings;
				start.storage = p->storage, start.type_storage = p->type_storage;
				start.compression = p->compression;
				want = mine ? *mine : default_settings;
				if (!mine)
					want.type_storage = p->type_storage;
				alter_column_settings(o, t->obj.schema, t->obj.name, name, &start, &want);
			}
		}
		/* and its own settings on a column the passes above did not
		 * reach: a grandparent's, which the parent holds at the defaults */
		for (size_t i = 0; i < t->n_inherited; i++) {
			const struct inherited_settings *s = &t->inherited[i];
			if (own_column(parent, s->column) || inherited_settings_of(parent, s->column))
				continue;
			start = default_settings;
			start.type_storage = s->settings.type_storage;
			alter_column_settings(o, t->obj.schema, t->obj.name, s->column, &start,
					      &s->settings);
		}
		return;
	}
	/* the parent's ALTER COLUMN TYPE reset the copy's storage and
	 * compression; its DROP COLUMN (or drop and add) took the copy away */
	for (size_t i = 0; i < t->n_inherited; i++) {
		const struct inherited_settings *s = &t->inherited[i];
		const struct change *pc = parent_column_change(o, o->want, t, s->column);
		const struct column_settings *was = f && !(pc && pc->kind == CHANGE_REBUILD)
							    ? inherited_settings_of(f, s->column)
							    : NULL;
		start = was ? *was : default_settings;
		if (!was)
			start.type_storage = s->settings.type_storage;
		if (retypes(pc))
			start = settings_after_retype(&start, &s->settings);
		alter_column_settings(o, t->obj.schema, t->obj.name, s->column, &start, &s->settings);
	}
	for (size_t i = 0; f && i < f->n_inherited; i++) {
		const struct inherited_settings *s = &f->inherited[i];
		if (inherited_settings_of(t, s->column))
			continue;
		const struct change *gone = parent_column_change(o, o->cur, f, s->column);
		if (gone && (gone->kind == CHANGE_DROP || gone->kind == CHANGE_REBUILD))
			continue;
		want = default_settings;
		want.type_storage = s->settings.type_storage;
		start = s->settings;
		if (retypes(gone)) {
			start = settings_after_retype(&start, &want);
			want.type_storage = start.type_storage;
		}
		alter_column_settings(o, t->obj.schema, t->obj.name, s->column, &start, &want);
	}
}

void column_settings_change(struct out *o, const struct column_obj *f, const struct column_obj *t,
			    bool type_change)
{
	struct column_settings was = type_change ? settings_after_retype(f->settings, t->settings)
						 : *f->settings;
	alter_column_settings(o, t->obj.schema, t->obj.parent, t->obj.name, &was, t->settings);
}

/* --- marks on an index ------------------------------------------------ */

static bool is_clustered(const struct object *o)
{
	return o && (o->kind == OBJ_INDEX ? ((const struct index_obj *)o)->clustered
		     : o->kind == OBJ_CONSTRAINT && ((const struct constraint_obj *)o)->clustered);
}

/* Whether the table or materialized view of index (or key constraint) x,
 * an object of m, has another one marked for CLUSTER */
static bool other_clustered(const struct model *m, const struct object *x)
{
	const struct object *table = x->owner;
	for (size_t u = 0; table && u < table->n_users; u++) {
		const struct object *y = object_user(m, table, u);
		if (y != x && is_clustered(y))
			return true;
	}
	return false;
}

static void alter_relation_of(struct strbuf *sb, const struct object *x)
{
	bool matview = x->owner && x->owner->kind == OBJ_VIEW;
	strbuf_adds(sb, matview ? "ALTER MATERIALIZED VIEW " : "ALTER TABLE ");
	sql_add_qualified(sb, x->schema, x->parent);
}

static bool is_replica_identity(const struct object *o)
{
	return o && (o->kind == OBJ_INDEX ? ((const struct index_obj *)o)->replica_identity
		     : o->kind == OBJ_CONSTRAINT &&
			       ((const struct constraint_obj *)o)->replica_identity);
}

/* The marks a table keeps on one of its indexes (or key constraint's),
 * going from `from` to `to` (from NULL: made by this plan), each written
 * after the index exists.  CLUSTER ON: marking one index unmarks the
 * table's other, so an unmarked one needs SET WITHOUT CLUSTER only when
 * no other index of the table is to be marked.  REPLICA IDENTITY USING
 * INDEX: the index that becomes it says so; the table's own change says
 * what it becomes otherwise (replica_identity()). */
void index_marks(struct out *o, const struct object *from, const struct object *to)
{
	struct strbuf sb = STRBUF_INIT;
	bool was = is_clustered(from), now = is_clustered(to);
	if (was != now && (now || !other_clustered(o->want, to))) {
		alter_relation_of(&sb, to);
		if (now) {
			strbuf_adds(&sb, " CLUSTER ON ");
			sql_add_ident(&sb, to->name); /* a key constraint's index has its name */
		} else {
			strbuf_adds(&sb, " SET WITHOUT CLUSTER");
		}
		emit(o, 0, &sb);
	}
	if (is_replica_identity(to) && !is_replica_identity(from)) {
		alter_relation_of(&sb, to);
		strbuf_adds(&sb, " REPLICA IDENTITY USING INDEX ");
		sql_add_ident(&sb, to->name);
		emit(o, 0, &sb);
	}
	strbuf_release(&sb);
}
