/*
 * model_builder.h: models built by hand for the unit tests, the way
 * schema/reader.c builds them from a catalog: objects allocated in an
 * arena, identity and canonical definition set, added with model_add()
 * and sorted by model_finish(); then every sub-object gets its table as
 * owner and a dependency on it, and a table's columns are listed in attnum
 * order.  Further dependencies (what pg_depend would say) are added by
 * hand with dep().  Header-only (static inline): each test binary takes
 * what it uses.
 */
#ifndef SD_TEST_MODEL_BUILDER_H
#define SD_TEST_MODEL_BUILDER_H

#include "../../common/arena.h"
#include "../../common/quote.h"
#include "../../common/strbuf.h"
#include "../../schema/model.h"

#include <stdbool.h>
#include <string.h>

struct mb {
	struct arena *a;
	struct model m;
	size_t cap;
};

/* The object array starts empty, as the reader's does: model_add() grows
 * it and model_finish() hands it to a (an empty model's array stays NULL;
 * see test_empty_model_as_the_reader_builds_it). */
static inline void mb_init(struct mb *b, struct arena *a)
{
	memset(b, 0, sizeof(*b));
	b->a = a;
}

static inline void mb_add(struct mb *b, struct object *o, enum obj_kind kind, const char *schema,
		   const char *name, const char *parent, const char *def)
{
	o->kind = kind;
	o->schema = schema;
	o->name = name;
	o->parent = parent;
	object_set_definition(o, def);
	model_add(&b->m, o, &b->cap);
}

static inline struct schema_obj *add_schema(struct mb *b, const char *name)
{
	struct schema_obj *s = arena_alloc(b->a, sizeof(*s));
	mb_add(b, &s->obj, OBJ_SCHEMA, NULL, name, NULL, "");
	return s;
}

static inline struct table_obj *add_table(struct mb *b, const char *schema, const char *name)
{
	struct table_obj *t = arena_alloc(b->a, sizeof(*t));
	t->persistence = 'p';
	t->replica_identity = 'd';
	mb_add(b, &t->obj, OBJ_TABLE, schema, name, NULL, "");
	return t;
}

static inline struct table_obj *add_partitioned(struct mb *b, const char *schema, const char *name,
					 const char *key)
{
	struct table_obj *t = arena_alloc(b->a, sizeof(*t));
	t->persistence = 'p';
	t->replica_identity = 'd';
	t->partition_key = key;
	mb_add(b, &t->obj, OBJ_TABLE, schema, name, NULL,
	       arena_printf(b->a, " PARTITION BY %s", key));
	return t;
}

static inline struct comment_obj *add_comment(struct mb *b, const struct object *target,
				       const char *text)
{
	struct comment_obj *c = arena_alloc(b->a, sizeof(*c));
	c->target = target;
	c->text = text;
	mb_add(b, &c->obj, OBJ_COMMENT, target->schema, target->name,
	       arena_printf(b->a, "%d %s", (int)target->kind, target->parent ? target->parent : ""),
	       text);
	return c;
}

/* The canonical definition is built as the reader builds it. */
static inline struct column_obj *add_column(struct mb *b, const char *schema, const char *table,
				     const char *name, int attnum, const char *type,
				     bool not_null, const char *default_expr)
{
	struct column_obj *c = arena_alloc(b->a, sizeof(*c));
	c->attnum = attnum;
	c->type = type;
	c->not_null = not_null;
	c->default_expr = default_expr;
	c->settings = &column_settings_none;
	struct strbuf def = STRBUF_INIT;
	strbuf_adds(&def, type);
	if (default_expr)
		strbuf_addf(&def, " DEFAULT %s", default_expr);
	if (not_null)
		strbuf_adds(&def, " NOT NULL");
	mb_add(b, &c->obj, OBJ_COLUMN, schema, name, table, strbuf_to_arena(&def, b->a));
	strbuf_release(&def);
	return c;
}

static inline struct constraint_obj *add_constraint(struct mb *b, const char *schema, const char *table,
					     const char *name, char contype, const char *def)
{
	struct constraint_obj *k = arena_alloc(b->a, sizeof(*k));
	k->contype = contype;
	k->def = def;
	k->validated = true;
	mb_add(b, &k->obj, OBJ_CONSTRAINT, schema, name, table, def);
	return k;
}

static inline struct index_obj *add_index(struct mb *b, const char *schema, const char *table,
				   const char *name, const char *def)
{
	struct index_obj *x = arena_alloc(b->a, sizeof(*x));
	x->def = def;
	mb_add(b, &x->obj, OBJ_INDEX, schema, name, table, def);
	return x;
}

static inline struct enum_obj *add_enum(struct mb *b, const char *schema, const char *name,
				 const char *const *labels, size_t n)
{
	struct enum_obj *e = arena_alloc(b->a, sizeof(*e));
	e->labels = arena_alloc(b->a, (n + 1) * sizeof(*e->labels));
	e->n_labels = n;
	struct strbuf def = STRBUF_INIT;
	strbuf_addch(&def, '(');
	for (size_t i = 0; i < n; i++) {
		e->labels[i] = labels[i];
		if (i)
			strbuf_adds(&def, ", ");
		sql_add_literal(&def, labels[i]);
	}
	strbuf_addch(&def, ')');
	mb_add(b, &e->obj, OBJ_ENUM, schema, name, NULL, strbuf_to_arena(&def, b->a));
	strbuf_release(&def);
	return e;
}

static inline struct sequence_obj *add_sequence(struct mb *b, const char *schema, const char *name)
{
	struct sequence_obj *s = arena_alloc(b->a, sizeof(*s));
	s->type = "bigint";
	s->start = "1";
	s->increment = "1";
	s->min = "1";
	s->max = "9223372036854775807";
	s->cache = "1";
	s->options = arena_printf(b->a, "AS %s START WITH %s INCREMENT BY %s MINVALUE %s MAXVALUE %s "
				     "CACHE %s NO CYCLE",
				  s->type, s->start, s->increment, s->min, s->max, s->cache);
	mb_add(b, &s->obj, OBJ_SEQUENCE, schema, name, NULL, s->options);
	return s;
}

static inline struct object *find(const struct model *m, enum obj_kind kind, const char *schema,
			   const char *parent, const char *name)
{
	struct object key = { .kind = kind, .schema = schema, .parent = parent, .name = name };
	struct object *o = model_find(m, &key);
	if (!o)
		fail_msg("no %s %s.%s%s%s in the model", obj_kind_name(kind), schema ? schema : "",
			 parent ? parent : "", parent ? "." : "", name);
	return o;
}

/* Sort and hash, then the structure catalog_read() adds: owner, a dep on
 * the owner, the table's columns in attnum order. */
static inline void mb_finish(struct mb *b)
{
	model_finish(b->a, &b->m);
	for (size_t i = 0; i < b->m.n; i++) {
		struct object *o = b->m.objects[i];
		if (!o->parent || o->kind == OBJ_COMMENT)
			continue;
		o->owner = find(&b->m, OBJ_TABLE, o->schema, NULL, o->parent);
		object_add_dep(b->a, o, o->owner);
		if (o->kind != OBJ_COLUMN)
			continue;
		struct table_obj *t = (struct table_obj *)o->owner;
		t->columns = arena_grow(b->a, t->columns, t->n_columns, t->n_columns + 1,
					sizeof(*t->columns));
		size_t k = t->n_columns++;
		struct column_obj *c = (struct column_obj *)o;
		while (k > 0 && t->columns[k - 1]->attnum > c->attnum) {
			t->columns[k] = t->columns[k - 1];
			k--;
		}
		t->columns[k] = c;
	}
}

static inline void dep(struct mb *b, struct object *o, struct object *on)
{
	object_add_dep(b->a, o, on);
}

static inline struct model *empty_model(struct arena *a)
{
	struct mb b;
	mb_init(&b, a);
	mb_finish(&b);
	struct model *m = arena_alloc(a, sizeof(*m));
	*m = b.m;
	return m;
}

static inline struct model *mb_model(struct mb *b)
{
	struct model *m = arena_alloc(b->a, sizeof(*m));
	*m = b->m;
	return m;
}

#endif
