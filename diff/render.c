/*
 * render.c: the SQL of each node, born side by side for create, drop and
 * alter as in pg_dump, so a plan and its rollback use the same words.
 *
 * Every name is quoted through common/quote.c and every statement is
 * schema-qualified.  Expressions and definitions are the catalog's own text
 * (pg_get_expr, pg_get_constraintdef, pg_get_indexdef), read with an empty
 * search_path so that they are qualified too.
 */
#include "changes.h"
#include "render_out.h"
#include "types.h"
#include "../common/arena.h"
#include "../common/quote.h"
#include "../common/strbuf.h"
#include "../common/util.h"
#include "../schema/respell.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <stdlib.h>
#include <string.h>

const char *catalog_text(struct out *o, const char *def)
{
	const char *same_tree = unrespell(o->a, def);
	return same_tree ? same_tree : def;
}

/* The table lock a statement takes, from its first words (PostgreSQL's
 * documented lock levels); on an object this plan creates it is moot. */
static const char *estimate_lock(const char *sql)
{
	static const struct {
		const char *prefix, *contains, *lock;
	} rules[] = {
		{ "ALTER TABLE ", " VALIDATE CONSTRAINT ", "share update exclusive" },
		{ "ALTER TABLE ", " ATTACH PARTITION ", "share update exclusive" },
		{ "ALTER TABLE ", " FOREIGN KEY ", "share row exclusive" },
		{ "ALTER TABLE ", " SET STATISTICS ", "share update exclusive" },
		{ "ALTER TABLE ", " CLUSTER ON ", "share update exclusive" },
		{ "ALTER TABLE ", " SET WITHOUT CLUSTER", "share update exclusive" },
		{ "ALTER TABLE ", NULL, "access exclusive" },
		{ "CREATE STATISTICS ", NULL, "share update exclusive" },
		{ "ALTER STATISTICS ", NULL, "share update exclusive" },
		{ "CREATE INDEX CONCURRENTLY ", NULL, "share update exclusive" },
		{ "CREATE UNIQUE INDEX CONCURRENTLY ", NULL, "share update exclusive" },
		{ "CREATE INDEX ", NULL, "share" },
		{ "CREATE UNIQUE INDEX ", NULL, "share" },
		{ "CREATE TRIGGER ", NULL, "share row exclusive" },
		{ "CREATE CONSTRAINT TRIGGER ", NULL, "share row exclusive" },
		{ "CREATE POLICY ", NULL, "access exclusive" },
		{ "ALTER POLICY ", NULL, "access exclusive" },
		{ "CREATE OR REPLACE VIEW ", NULL, "access exclusive" },
		{ "ALTER DOMAIN ", " ADD CONSTRAINT ", "share" },
		{ "ALTER DOMAIN ", " VALIDATE CONSTRAINT ", "share update exclusive" },
		{ "ALTER DOMAIN ", " SET NOT NULL", "share" },
		{ "COMMENT ON ", NULL, "share update exclusive" },
		{ "DROP ", NULL, "access exclusive" },
		{ "ALTER MATERIALIZED VIEW ", " CLUSTER ON ", "share update exclusive" },
		{ "ALTER MATERIALIZED VIEW ", NULL, "access exclusive" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(rules); i++)
		if (!strncmp(sql, rules[i].prefix, strlen(rules[i].prefix)) &&
		    (!rules[i].contains || strstr(sql, rules[i].contains)))
			return rules[i].lock;
	return "none";
}

void emit(struct out *o, unsigned hazards, struct strbuf *sb)
{
	struct step_list *l = o->list;
	if (l->n == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 64;
		l->v = arena_grow(o->a, l->v, l->n, nc, sizeof(*l->v));
		l->cap = nc;
	}
	strbuf_addch(sb, ';');
	l->v[l->n] = (struct step){ .sql = strbuf_to_arena(sb, o->a), .hazards = hazards,
				     .transactional = true, .user_text = o->user_text };
	l->v[l->n].lock = estimate_lock(l->v[l->n].sql);
	l->n++;
	o->user_text = false;
}

void sql_alter_table(struct strbuf *sb, const struct object *o)
{
	strbuf_adds(sb, "ALTER TABLE ");
	sql_add_qualified(sb, o->schema, o->parent);
	strbuf_addch(sb, ' ');
}

/* --- columns ---------------------------------------------------------- */

/* "SEQUENCE NAME s.t_id_seq START WITH 1 ...": the name is kept so that
 * a plan and its rollback land on the same sequence name. */
static void identity_options(struct strbuf *sb, const struct column_obj *c)
{
	strbuf_adds(sb, "SEQUENCE NAME ");
	sql_add_qualified(sb, c->identity_seq->schema, c->identity_seq->name);
	strbuf_addf(sb, " %s", c->identity_seq->options);
}

static void column_def(struct out *o, struct strbuf *sb, const struct column_obj *c)
{
	sql_add_ident(sb, c->obj.name);
	strbuf_addf(sb, " %s", c->type);
	if (c->collation)
		strbuf_addf(sb, " COLLATE %s", c->collation);
	if (c->generated)
		strbuf_addf(sb, " GENERATED ALWAYS AS (%s) STORED", catalog_text(o, c->default_expr));
	else if (c->default_expr)
		strbuf_addf(sb, " DEFAULT %s", catalog_text(o, c->default_expr));
	if (c->identity) {
		strbuf_addf(sb, " GENERATED %s AS IDENTITY (", c->identity == 'a' ? "ALWAYS" : "BY DEFAULT");
		identity_options(sb, c);
		strbuf_addch(sb, ')');
	}
	if (c->not_null)
		strbuf_adds(sb, " NOT NULL");
}

static bool column_of_partitioned_table(const struct out *o, const struct column_obj *c)
{
	struct object key = { .kind = OBJ_TABLE, .schema = c->obj.schema, .name = c->obj.parent };
	const struct table_obj *t = (const void *)model_find(o->want, &key);
	return t && t->partition_key;
}

static void alter_column(struct strbuf *sb, const struct column_obj *c)
{
	sql_alter_table(sb, &c->obj);
	strbuf_adds(sb, "ALTER COLUMN ");
	sql_add_ident(sb, c->obj.name);
	strbuf_addch(sb, ' ');
}

const char *next_entry(const char **rest, size_t *len)
{
	const char *e = *rest;
	if (!e || !*e)
		return NULL;
	*len = strcspn(e, ",");
	const char *p = e + *len;
	while (*p == ',' || *p == ' ')
		p++;
	*rest = p;
	return e;
}

bool in_list(const char *list, const char *name, size_t n)
{
	size_t len;
	for (const char *rest = list, *e; (e = next_entry(&rest, &len));)
		if (len == n && !strncmp(e, name, n))
			return true;
	return false;
}

bool has_parameter(const char *list, const char *key, size_t n)
{
	size_t len;
	for (const char *rest = list, *e; (e = next_entry(&rest, &len));)
		if (len > n && e[n] == '=' && !strncmp(e, key, n))
			return true;
	return false;
}

void parameter_changes(const char *from, const char *to, struct strbuf *reset, struct strbuf *set)
{
	size_t len;
	for (const char *rest = from, *e; (e = next_entry(&rest, &len));) {
		size_t key = strcspn(e, "=");
		if (!has_parameter(to, e, key))
			strbuf_addf(reset, "%s%.*s", reset->len ? ", " : "", (int)key, e);
	}
	for (const char *rest = to, *e; (e = next_entry(&rest, &len));)
		if (!in_list(from, e, len))
			strbuf_addf(set, "%s%.*s", set->len ? ", " : "", (int)len, e);
}

/* "START WITH 1 INCREMENT BY 1 ..." -> "SET START WITH 1 SET INCREMENT BY 1 ..." */
static void identity_set_options(struct strbuf *sb, const char *opts)
{
	static const char *const words[] = { "START WITH ", "INCREMENT BY ", "MINVALUE ",
					     "MAXVALUE ", "CACHE ", "NO CYCLE", "CYCLE" };
	for (const char *p = opts; *p;) {
		bool hit = false;
		for (size_t i = 0; i < ARRAY_SIZE(words) && !hit; i++) {
			size_t n = strlen(words[i]);
			if (!strncmp(p, words[i], n) && (p == opts || p[-1] == ' ')) {
				strbuf_addf(sb, "SET %s", words[i]);
				p += n;
				hit = true;
			}
		}
		if (!hit)
			strbuf_addch(sb, *p++);
	}
}

static bool type_changes(const struct column_obj *f, const struct column_obj *t, bool retype)
{
	return retype || strcmp(f->type, t->type) || strcmp_null(f->collation, t->collation);
}

static bool default_changes(const struct column_obj *f, const struct column_obj *t)
{
	return strcmp_null(f->default_expr, t->default_expr) || f->generated != t->generated;
}

static bool column_alter_releases(const struct change *ch)
{
	const struct column_obj *f = (const void *)ch->from, *t = (const void *)ch->to;
	/* a column generated before and after keeps its expression */
	return (f->identity && !t->identity) || (f->generated && !t->generated) ||
	       (f->default_expr && !(f->generated && t->generated) &&
		(type_changes(f, t, ch->retype) || default_changes(f, t) || ch->redefault));
}

static void render_column_release(struct out *o, const struct column_obj *f,
				  const struct column_obj *t, bool type_change, bool default_change)
{
	struct strbuf sb = STRBUF_INIT;
	if (f->identity && !t->identity) {
		alter_column(&sb, t);
		strbuf_adds(&sb, "DROP IDENTITY");
		emit(o, 0, &sb);
	}
	if (f->generated && !t->generated) {
		alter_column(&sb, t);
		strbuf_adds(&sb, "DROP EXPRESSION");
		emit(o, 0, &sb);
	} else if (f->default_expr && !(f->generated && t->generated) &&
		   (type_change || default_change)) {
		/* the old default may not cast to the new type */
		alter_column(&sb, t);
		strbuf_adds(&sb, "DROP DEFAULT");
		emit(o, 0, &sb);
	}
	strbuf_release(&sb);
}

/* o is an object of m */
static bool depends_on_swapped_type(const struct model *m, const struct object *o)
{
	for (size_t i = 0; i < o->n_deps; i++)
		if (kind_is_swapped_type(object_dep(m, o, i)->kind))
			return true;
	return false;
}

/* The number after word in a sequence's options ("START WITH 1 ..."), or NULL. */
static const char *option_value(struct arena *a, const char *opts, const char *word)
{
	const char *p = opts ? strstr(opts, word) : NULL;
	if (!p)
		return NULL;
	p += strlen(word);
	return arena_strndup(a, p, strspn(p, "-0123456789"));
}

/* A sequence's current value cannot stay outside its new [min, max]; where
 * the old START is outside it, so is (almost surely) the value: RESTART. */
static bool must_restart(const char *old_start, const char *min, const char *max)
{
	if (!old_start || !min || !max)
		return false;
	long long v = strtoll(old_start, NULL, 10);
	return v < strtoll(min, NULL, 10) || v > strtoll(max, NULL, 10);
}

/* A sequence whose range narrows past its current value fails the ALTER
 * ("RESTART value ... cannot be greater than MAXVALUE").  The value is
 * moved to the edge it crossed first: past the end it keeps running
 * toward, it stays used up (is_called), as it was; short of the end it
 * starts from, the next value is that end.  Nothing moves when the value
 * is inside the new range. */
static void keep_value_in_range(struct out *o, const char *schema, const char *name,
				const char *old_min, const char *old_max, const char *min,
				const char *max, const char *increment)
{
	if (!old_min || !old_max || !min || !max || !increment ||
	    (strtoll(max, NULL, 10) >= strtoll(old_max, NULL, 10) &&
	     strtoll(min, NULL, 10) <= strtoll(old_min, NULL, 10)))
		return;
	bool ascending = increment[0] != '-';
	struct strbuf sb = STRBUF_INIT, seq = STRBUF_INIT;
	sql_add_qualified(&seq, schema, name);
	strbuf_adds(&sb, "SELECT pg_catalog.setval(");
	sql_add_literal(&sb, seq.buf);
	strbuf_addf(&sb, ", CASE WHEN last_value > %s THEN %s ELSE %s END, %slast_value > %s) FROM %s"
			 " WHERE last_value > %s OR last_value < %s",
		    max, max, min, ascending ? "" : "NOT ", max, seq.buf, max, min);
	emit(o, 0, &sb);
	strbuf_release(&sb);
	strbuf_release(&seq);
}

/* A sequence that is new to a column of an existing table starts at its
 * START, which may be below the values the column already holds: the next
 * insert would then fail on the key.  Move it past them, where a serial or
 * identity column that had always used it would be (only forward, and not
 * at all on an empty table).  A sequence that exists already (start NULL)
 * moves only if the column's values are past its last value. */
static void continue_after_rows(struct out *o, const struct column_obj *c, const char *seq_schema,
				const char *seq_name, const char *start, const char *increment)
{
	if ((start && !start[0]) || !increment || !increment[0])
		return;
	bool descending = increment[0] == '-';
	struct strbuf sb = STRBUF_INIT, name = STRBUF_INIT;
	sql_add_qualified(&name, seq_schema, seq_name);
	strbuf_adds(&sb, "SELECT pg_catalog.setval(");
	sql_add_literal(&sb, name.buf);
	strbuf_addf(&sb, ", existing.last) FROM (SELECT pg_catalog.%s(",
		    descending ? "min" : "max");
	sql_add_ident(&sb, c->obj.name);
	strbuf_adds(&sb, ") AS last FROM ");
	sql_add_qualified(&sb, c->obj.schema, c->obj.parent);
	strbuf_adds(&sb, ") AS existing WHERE existing.last ");
	if (start)
		strbuf_addf(&sb, "%s %s", descending ? "<=" : ">=", start);
	else
		strbuf_addf(&sb, "%s (SELECT last_value FROM %s)", descending ? "<" : ">", name.buf);
	emit(o, 0, &sb);
	strbuf_release(&sb);
	strbuf_release(&name);
}

/* The sequence t's default takes values from (t a column of want). */
static const struct sequence_obj *default_sequence(const struct out *o,
						   const struct column_obj *t)
{
	if (!t->default_expr || strncmp(t->default_expr, "nextval(", 8))
		return NULL;
	return (const void *)object_dep_of_kind(o->want, &t->obj, OBJ_SEQUENCE);
}

/* ROW(...) of the new type from value v of the old one, field by field
 * by name: a new field is NULL, a kept one cast to its new type (through
 * text for a user type). */
static void composite_row(struct strbuf *sb, const char *v, const char *type,
			  const struct composite_obj *was, const struct composite_obj *now)
{
	strbuf_adds(sb, "ROW(");
	for (size_t i = 0; i < now->n_attrs; i++) {
		const struct attribute *a = &now->attrs[i];
		bool kept = false;
		for (size_t k = 0; k < was->n_attrs && !kept; k++)
			kept = !strcmp(was->attrs[k].name, a->name);
		strbuf_adds(sb, i ? ", " : "");
		if (kept) {
			strbuf_addf(sb, "(%s).", v);
			sql_add_ident(sb, a->name);
			/* a field of a user type (schema-qualified, as format_type
			 * prints it with an empty search_path) may be one this
			 * plan swaps too: no cast leads from the old enum to the
			 * new, but text does */
			if (strchr(a->type, '.'))
				strbuf_adds(sb, "::text");
		} else {
			strbuf_adds(sb, "NULL");
		}
		strbuf_addf(sb, "::%s", a->type);
	}
	strbuf_addf(sb, ")::%s", type);
}

/* A column of a swapped composite type takes its values over by field
 * name: through text they would go by position, which fails when fields
 * come or go and silently swaps them when they are reordered.  A NULL
 * stays NULL (num_nulls: a row of NULL fields IS NULL, but is a value). */
static void rebuild_composite_value(struct strbuf *sb, const struct column_obj *t,
				    const struct composite_obj *was,
				    const struct composite_obj *now)
{
	struct strbuf col = STRBUF_INIT;
	sql_add_ident(&col, t->obj.name);
	strbuf_addf(sb, "CASE WHEN pg_catalog.num_nulls(%s) = 1 THEN NULL ELSE ", col.buf);
	composite_row(sb, col.buf, t->type, was, now);
	strbuf_adds(sb, " END");
	strbuf_release(&col);
}

/* The domain a column's type is, itself (not an array of it), or NULL. */
static const struct domain_obj *column_domain(const struct model *m, const struct column_obj *c)
{
	const struct object *d = object_dep_of_kind(m, &c->obj, OBJ_DOMAIN);
	if (!d)
		return NULL;
	struct strbuf name = STRBUF_INIT;
	sql_add_qualified(&name, d->schema, d->name);
	bool itself = !strcmp(name.buf, c->type);
	strbuf_release(&name);
	return itself ? (const void *)d : NULL;
}

static bool domain_has_checks(const struct model *m, const struct object *d)
{
	for (size_t i = 0; i < d->n_users; i++)
		if (object_user(m, d, i)->kind == OBJ_DOMAIN_CONSTRAINT)
			return true;
	return false;
}

/* A column moving onto a domain over its own type, or off one onto its
 * base type: the values are the same bytes, so ALTER ... TYPE needs no
 * USING (through text, it rewrote the table) and rewrites only to check
 * the CHECKs of a domain that has them already (a new domain gets them
 * after).  *rewrites says whether it does. */
static bool domain_binary_step(const struct out *o, const struct column_obj *f,
			       const struct column_obj *t, bool *rewrites)
{
	const struct domain_obj *to_domain = column_domain(o->want, t),
				*from_domain = column_domain(o->cur, f);
	if (to_domain && !from_domain && !strcmp(to_domain->base_type, f->type)) {
		const struct object *live = model_find(o->cur, &to_domain->obj);
		*rewrites = live && domain_has_checks(o->cur, live);
		return true;
	}
	if (from_domain && !to_domain && !strcmp(from_domain->base_type, t->type) &&
	    !depends_on_swapped_type(o->want, &t->obj)) {
		*rewrites = false;
		return true;
	}
	return false;
}

static void render_column_take(struct out *o, const struct column_obj *f,
			       const struct column_obj *t, bool retype, bool type_change,
			       bool default_change)
{
	bool binary_rewrites = false,
	     binary = !retype && type_change && domain_binary_step(o, f, t, &binary_rewrites);
	/* enums and composite types cast to and from other types only
	 * through text, and so does a domain onto its own replacement */
	retype = !binary && (retype || depends_on_swapped_type(o->cur, &f->obj) ||
			     depends_on_swapped_type(o->want, &t->obj));
	struct strbuf sb = STRBUF_INIT;
	if (type_change) {
		alter_column(&sb, t);
		strbuf_addf(&sb, "TYPE %s", t->type);
		if (t->collation)
			strbuf_addf(&sb, " COLLATE %s", t->collation);
		/* an array of one still goes through text: ALTER COLUMN ...
		 * USING takes no subquery to rebuild it element by element */
		const struct composite_obj *was = (const void *)object_dep_of_kind(o->cur, &f->obj,
									   OBJ_COMPOSITE),
					   *now = (const void *)object_dep_of_kind(o->want, &t->obj,
									   OBJ_COMPOSITE);
		size_t n = strlen(t->type);
		bool array = n > 2 && !strcmp(t->type + n - 2, "[]");
		if (t->generated || binary) {
			/* recomputed from the expression, USING refused; or the same bytes */
		} else if (retype && was && now && !array) {
			strbuf_adds(&sb, " USING ");
			rebuild_composite_value(&sb, t, was, now);
		} else if (retype || (!same_base_type(f->type, t->type) &&
				      !assignment_cast_refuses_loss(f->type, t->type))) {
			const char *through = retype ? "text" : cast_through(f->type, t->type);
			strbuf_adds(&sb, " USING ");
			sql_add_ident(&sb, t->obj.name);
			strbuf_addf(&sb, "%s%s::%s", through ? "::" : "", through ? through : "", t->type);
		}
		unsigned hazards = binary ? (binary_rewrites ? HAZARD_REWRITE : 0)
				   : type_change_keeps_data(f->type, t->type) && !retype ? 0
											   : HAZARD_REWRITE;
		if (!retype && type_change_rounds(f->type, t->type))
			hazards |= HAZARD_DATA_LOSS | HAZARD_IRREVERSIBLE;
		emit(o, hazards, &sb);
	}
	if (t->default_expr && !t->generated && (default_change || type_change)) {
		alter_column(&sb, t);
		strbuf_addf(&sb, "SET DEFAULT %s", catalog_text(o, t->default_expr));
		emit(o, 0, &sb);
		/* a default that takes a sequence the column did not use */
		const struct sequence_obj *seq = default_sequence(o, t);
		if (seq && strcmp_null(f->default_expr, t->default_expr))
			continue_after_rows(o, t, seq->obj.schema, seq->obj.name,
					    model_find(o->cur, &seq->obj) ? NULL : seq->start,
					    seq->increment);
	}
	if (!f->not_null && t->not_null) {
		alter_column(&sb, t);
		strbuf_adds(&sb, "SET NOT NULL");
		emit(o, HAZARD_LONG_LOCK, &sb);
	} else if (f->not_null && !t->not_null) {
		alter_column(&sb, t);
		strbuf_adds(&sb, "DROP NOT NULL");
		emit(o, 0, &sb);
	}
	if (t->identity && !f->identity) {
		alter_column(&sb, t);
		strbuf_addf(&sb, "ADD GENERATED %s AS IDENTITY (",
			    t->identity == 'a' ? "ALWAYS" : "BY DEFAULT");
		identity_options(&sb, t);
		strbuf_addch(&sb, ')');
		emit(o, 0, &sb);
		const char *opts = t->identity_seq->options;
		continue_after_rows(o, t, t->identity_seq->schema, t->identity_seq->name,
				    option_value(o->a, opts, "START WITH "),
				    option_value(o->a, opts, "INCREMENT BY "));
	} else if (t->identity && f->identity) {
		if (strcmp(f->identity_seq->name, t->identity_seq->name)) {
			strbuf_adds(&sb, "ALTER SEQUENCE ");
			sql_add_qualified(&sb, f->identity_seq->schema, f->identity_seq->name);
			strbuf_adds(&sb, " RENAME TO ");
			sql_add_ident(&sb, t->identity_seq->name);
			emit(o, 0, &sb);
		}
		if (t->identity != f->identity) {
			alter_column(&sb, t);
			strbuf_addf(&sb, "SET GENERATED %s", t->identity == 'a' ? "ALWAYS" : "BY DEFAULT");
			emit(o, 0, &sb);
		}
		if (strcmp(f->identity_seq->options, t->identity_seq->options)) {
			/* as for a sequence (must_restart, keep_value_in_range) */
			const char *fo = f->identity_seq->options, *to = t->identity_seq->options;
			const char *was = option_value(o->a, fo, "START WITH "),
				   *start = option_value(o->a, to, "START WITH "),
				   *min = option_value(o->a, to, "MINVALUE "),
				   *max = option_value(o->a, to, "MAXVALUE ");
			bool restart = start && must_restart(was, min, max);
			if (!restart)
				keep_value_in_range(o, t->identity_seq->schema, t->identity_seq->name,
						    option_value(o->a, fo, "MINVALUE "),
						    option_value(o->a, fo, "MAXVALUE "), min, max,
						    option_value(o->a, to, "INCREMENT BY "));
			alter_column(&sb, t);
			identity_set_options(&sb, to);
			if (restart)
				strbuf_addf(&sb, " RESTART WITH %s", start);
			emit(o, 0, &sb);
			/* and past the rows already in the new range */
			if (restart)
				continue_after_rows(o, t, t->identity_seq->schema, t->identity_seq->name,
						    NULL, option_value(o->a, t->identity_seq->options,
								       "INCREMENT BY "));
		}
	}
	strbuf_release(&sb);
	column_settings_change(o, f, t, type_change);
}

/* release: the first half (drop identity, expression or default);
 * otherwise the rest.  Both halves decide from the same two columns. */
static void render_column_alter(struct out *o, const struct change *ch, bool release)
{
	const struct column_obj *f = (const void *)ch->from, *t = (const void *)ch->to;
	bool retype = ch->retype;
	bool type_change = type_changes(f, t, retype);
	bool default_change = default_changes(f, t) || ch->redefault;
	if (release) {
		render_column_release(o, f, t, type_change, default_change);
		return;
	}
	render_column_take(o, f, t, retype, type_change, default_change);
}

/* --- enums -------------------------------------------------------------- */

static void enum_labels(struct strbuf *sb, const struct enum_obj *e)
{
	strbuf_addch(sb, '(');
	for (size_t i = 0; i < e->n_labels; i++) {
		if (i)
			strbuf_adds(sb, ", ");
		sql_add_literal(sb, e->labels[i]);
	}
	strbuf_addch(sb, ')');
}

static void render_enum_add_values(struct out *o, const struct enum_obj *f,
				   const struct enum_obj *t)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < t->n_labels; i++) {
		if (enum_has_label(f, t->labels[i]))
			continue;
		strbuf_adds(&sb, "ALTER TYPE ");
		sql_add_qualified(&sb, t->obj.schema, t->obj.name);
		strbuf_adds(&sb, " ADD VALUE ");
		sql_add_literal(&sb, t->labels[i]);
		if (i > 0) {
			/* labels before this one exist by now, old or just added */
			strbuf_adds(&sb, " AFTER ");
			sql_add_literal(&sb, t->labels[i - 1]);
		} else {
			for (size_t j = 1; j < t->n_labels; j++)
				if (enum_has_label(f, t->labels[j])) {
					strbuf_adds(&sb, " BEFORE ");
					sql_add_literal(&sb, t->labels[j]);
					break;
				}
		}
		emit(o, 0, &sb);
	}
	strbuf_release(&sb);
}

static void render_enum_rename_values(struct out *o, const struct enum_obj *f,
				      const struct enum_obj *t)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < t->n_labels; i++) {
		if (!strcmp(f->labels[i], t->labels[i]))
			continue;
		strbuf_adds(&sb, "ALTER TYPE ");
		sql_add_qualified(&sb, t->obj.schema, t->obj.name);
		strbuf_adds(&sb, " RENAME VALUE ");
		sql_add_literal(&sb, f->labels[i]);
		strbuf_adds(&sb, " TO ");
		sql_add_literal(&sb, t->labels[i]);
		emit(o, 0, &sb);
	}
	strbuf_release(&sb);
}

/* A name's longest prefix of at most max bytes that ends between two
 * UTF-8 characters. */
static size_t utf8_prefix(const char *name, size_t max)
{
	size_t n = strlen(name);
	if (n <= max)
		return n;
	while (max > 0 && ((unsigned char)name[max] & 0xC0) == 0x80)
		max--;
	return max;
}

/* The name a swapped type steps aside to.  PostgreSQL cuts names at 63
 * bytes, which would bring a long name's suffixed one back onto itself:
 * such a name is cut short and told apart by a hash of the whole. */
static const char *type_old_name(struct arena *a, const struct object *e)
{
	static const char suffix[] = "__schemadiff_old";
	const size_t max_name = 63, suffix_len = sizeof(suffix) - 1, hash_len = 9; /* "_%08x" */
	if (strlen(e->name) + suffix_len <= max_name)
		return arena_printf(a, "%s%s", e->name, suffix);
	size_t keep = utf8_prefix(e->name, max_name - suffix_len - hash_len);
	return arena_printf(a, "%.*s_%08x%s", (int)keep, e->name,
			    (unsigned)(XXH3_64bits(e->name, strlen(e->name)) & 0xffffffffu), suffix);
}

/* " IS 'text'" of a COMMENT ON, or " IS NULL" to remove one */
static void comment_is(struct strbuf *sb, const char *text)
{
	strbuf_adds(sb, " IS ");
	if (text)
		sql_add_literal(sb, text);
	else
		strbuf_adds(sb, "NULL");
}

/* --- domains and composite types ---------------------------------------- */

static void alter_domain(struct strbuf *sb, const char *schema, const char *name)
{
	strbuf_adds(sb, "ALTER DOMAIN ");
	sql_add_qualified(sb, schema, name);
	strbuf_addch(sb, ' ');
}

/* A domain whose default calls a function the plan drops or rebuilds lets
 * go of it first (DROP DEFAULT, the release half) and sets it again once
 * the function is back, as a column does. */
static bool domain_alter_releases(const struct change *ch)
{
	return ch->redefault && ((const struct domain_obj *)ch->from)->default_expr;
}

bool alter_releases(const struct change *ch)
{
	if (ch->to->kind == OBJ_COLUMN)
		return column_alter_releases(ch);
	return ch->to->kind == OBJ_DOMAIN && domain_alter_releases(ch);
}

static void render_domain_alter(struct out *o, const struct change *ch, bool release)
{
	const struct domain_obj *f = (const void *)ch->from, *t = (const void *)ch->to;
	struct strbuf sb = STRBUF_INIT;
	if (release) {
		alter_domain(&sb, t->obj.schema, t->obj.name);
		strbuf_adds(&sb, "DROP DEFAULT");
		emit(o, 0, &sb);
		strbuf_release(&sb);
		return;
	}
	bool released = domain_alter_releases(ch);
	if (strcmp_null(f->default_expr, t->default_expr) || (released && t->default_expr)) {
		alter_domain(&sb, t->obj.schema, t->obj.name);
		if (t->default_expr)
			strbuf_addf(&sb, "SET DEFAULT %s", catalog_text(o, t->default_expr));
		else
			strbuf_adds(&sb, "DROP DEFAULT");
		emit(o, 0, &sb);
	}
	if (f->not_null != t->not_null) {
		alter_domain(&sb, t->obj.schema, t->obj.name);
		strbuf_addf(&sb, "%s NOT NULL", t->not_null ? "SET" : "DROP");
		emit(o, t->not_null ? HAZARD_LONG_LOCK : 0, &sb); /* checks every column */
	}
	strbuf_release(&sb);
}

static const struct attribute *find_attr(const struct composite_obj *t, const char *name)
{
	for (size_t i = 0; i < t->n_attrs; i++)
		if (!strcmp(t->attrs[i].name, name))
			return &t->attrs[i];
	return NULL;
}

/* type is an object of m */
static bool used_by_columns(const struct model *m, const struct object *type)
{
	for (size_t u = 0; u < type->n_users; u++)
		if (object_user(m, type, u)->kind == OBJ_COLUMN)
			return true;
	return false;
}

static void attr_type(struct strbuf *sb, const struct attribute *at)
{
	strbuf_addf(sb, " %s", at->type);
	if (at->collation)
		strbuf_addf(sb, " COLLATE %s", at->collation);
}

/* COMMENT ON COLUMN for each attribute of t whose comment differs from
 * its namesake in f (NULL: a new type). */
static void attribute_comments(struct out *o, const struct composite_obj *f,
			       const struct composite_obj *t)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < t->n_attrs; i++) {
		const struct attribute *at = &t->attrs[i], *was = f ? find_attr(f, at->name) : NULL;
		if (!strcmp_null(at->comment, was ? was->comment : NULL))
			continue;
		strbuf_adds(&sb, "COMMENT ON COLUMN ");
		sql_add_qualified(&sb, t->obj.schema, t->obj.name);
		strbuf_addch(&sb, '.');
		sql_add_ident(&sb, at->name);
		comment_is(&sb, at->comment);
		emit(o, 0, &sb);
	}
	strbuf_release(&sb);
}

/* Drops, then type changes, then additions: what compare.c checked
 * composite_alterable() for, so the attributes end in the wanted order. */
static void render_composite_alter(struct out *o, const struct composite_obj *f,
				   const struct composite_obj *t)
{
	struct strbuf sb = STRBUF_INIT;
	/* stored values of the type lose the dropped field */
	unsigned drop_hazard =
		used_by_columns(o->cur, &f->obj) ? HAZARD_DATA_LOSS | HAZARD_IRREVERSIBLE : 0;
	for (int pass = 0; pass < 3; pass++) {
		const struct composite_obj *list = pass == 0 ? f : t;
		for (size_t i = 0; i < list->n_attrs; i++) {
			const struct attribute *at = &list->attrs[i];
			const struct attribute *other = find_attr(pass == 0 ? t : f, at->name);
			if ((pass == 0 || pass == 2) && other)
				continue;
			if (pass == 1 && (!other || (!strcmp(at->type, other->type) &&
						     !strcmp_null(at->collation, other->collation))))
				continue;
			strbuf_adds(&sb, "ALTER TYPE ");
			sql_add_qualified(&sb, t->obj.schema, t->obj.name);
			strbuf_adds(&sb, pass == 0 ? " DROP ATTRIBUTE " : pass == 1 ? " ALTER ATTRIBUTE " : " ADD ATTRIBUTE ");
			sql_add_ident(&sb, at->name);
			if (pass == 1)
				strbuf_adds(&sb, " TYPE");
			if (pass > 0)
				attr_type(&sb, at);
			emit(o, pass == 0 ? drop_hazard : 0, &sb);
		}
	}
	attribute_comments(o, f, t);
	strbuf_release(&sb);
}

/* "TABLE s.t", "COLUMN s.t.c", "FUNCTION s.f(int)": what COMMENT ON names */
static void comment_target(struct strbuf *sb, const struct object *t)
{
	switch (t->kind) {
	case OBJ_SCHEMA:
	case OBJ_EXTENSION:
		strbuf_addf(sb, "%s ", t->kind == OBJ_SCHEMA ? "SCHEMA" : "EXTENSION");
		sql_add_ident(sb, t->name);
		return;
	case OBJ_COLUMN:
	case OBJ_VIEW_COLUMN:
		strbuf_adds(sb, "COLUMN ");
		sql_add_qualified(sb, t->schema, t->parent);
		strbuf_addch(sb, '.');
		sql_add_ident(sb, t->name);
		return;
	case OBJ_DOMAIN_CONSTRAINT:
		strbuf_adds(sb, "CONSTRAINT ");
		sql_add_ident(sb, t->name);
		strbuf_adds(sb, " ON DOMAIN ");
		sql_add_qualified(sb, t->schema, t->parent);
		return;
	case OBJ_CONSTRAINT:
	case OBJ_TRIGGER:
	case OBJ_POLICY:
		strbuf_addf(sb, "%s ", t->kind == OBJ_CONSTRAINT ? "CONSTRAINT" :
				       t->kind == OBJ_TRIGGER ? "TRIGGER" : "POLICY");
		sql_add_ident(sb, t->name);
		strbuf_adds(sb, " ON ");
		sql_add_qualified(sb, t->schema, t->parent);
		return;
	case OBJ_FUNCTION:
		strbuf_adds(sb, ((const struct function_obj *)t)->prokind == 'p' ? "PROCEDURE " : "FUNCTION ");
		sql_add_qualified(sb, t->schema, t->name);
		strbuf_addf(sb, "(%s)", object_signature(t));
		return;
	case OBJ_VIEW:
		strbuf_adds(sb, ((const struct view_obj *)t)->relkind == 'm' ? "MATERIALIZED VIEW " : "VIEW ");
		break;
	case OBJ_TABLE:
		strbuf_adds(sb, "TABLE ");
		break;
	case OBJ_SEQUENCE:
		strbuf_adds(sb, "SEQUENCE ");
		break;
	case OBJ_INDEX:
		strbuf_adds(sb, "INDEX ");
		break;
	case OBJ_ENUM:
	case OBJ_COMPOSITE:
	case OBJ_RANGE:
		strbuf_adds(sb, "TYPE ");
		break;
	case OBJ_DOMAIN:
		strbuf_adds(sb, "DOMAIN ");
		break;
	case OBJ_COLLATION:
		strbuf_adds(sb, "COLLATION ");
		break;
	case OBJ_STATISTICS:
		strbuf_adds(sb, "STATISTICS ");
		break;
	default:
		die("no COMMENT ON for %s", obj_kind_name(t->kind));
	}
	sql_add_qualified(sb, t->schema, t->name);
}

/* What GRANT names: as COMMENT ON names it, except that GRANT calls every
 * relation a TABLE (views and materialized views too) and a column's
 * grant names its table (the column goes in the privilege list). */
static void grant_target(struct strbuf *sb, const struct object *t)
{
	switch (t->kind) {
	case OBJ_COLUMN:
	case OBJ_VIEW_COLUMN:
		strbuf_adds(sb, "TABLE ");
		sql_add_qualified(sb, t->schema, t->parent);
		return;
	case OBJ_TABLE:
	case OBJ_VIEW:
		strbuf_adds(sb, "TABLE ");
		sql_add_qualified(sb, t->schema, t->name);
		return;
	default: /* schemas, sequences, functions, types, domains */
		comment_target(sb, t);
		return;
	}
}

/* --- privileges ----------------------------------------------------------- */

/* what a privilege object's GRANT names */
static void privilege_target(struct strbuf *sb, const struct privilege_obj *p)
{
	if (p->on_identity_sequence) {
		const struct column_obj *c = (const void *)p->target;
		strbuf_adds(sb, "SEQUENCE ");
		sql_add_qualified(sb, c->identity_seq->schema, c->identity_seq->name);
		return;
	}
	grant_target(sb, p->target);
}

static void grantee(struct strbuf *sb, const struct privilege_obj *p)
{
	if (p->grantee[0])
		sql_add_ident(sb, p->grantee);
	else
		strbuf_adds(sb, "PUBLIC");
}

/* "SELECT, UPDATE" or "SELECT (c), UPDATE (c)" */
static void privilege_list(struct strbuf *sb, const struct privilege_obj *p, const char **privs,
			   size_t n)
{
	for (size_t i = 0; i < n; i++) {
		strbuf_addf(sb, "%s%s", i ? ", " : "", privs[i]);
		if ((p->target->kind == OBJ_COLUMN || p->target->kind == OBJ_VIEW_COLUMN) &&
		    !p->on_identity_sequence) {
			strbuf_adds(sb, " (");
			sql_add_ident(sb, p->target->name);
			strbuf_addch(sb, ')');
		}
	}
}

static bool holds(const struct privilege_obj *p, const char *priv, bool *grantable)
{
	for (size_t i = 0; p && i < p->n_privs; i++)
		if (!strcmp(p->privs[i], priv)) {
			*grantable = p->grantable[i];
			return true;
		}
	return false;
}

/* GRANT what `to` holds beyond `from` (NULL: nothing), in two statements:
 * without and with the grant option. */
static void render_grants(struct out *o, const struct privilege_obj *from,
			  const struct privilege_obj *to)
{
	struct strbuf sb = STRBUF_INIT;
	const char **list = arena_alloc(o->a, (to->n_privs + 1) * sizeof(*list));
	for (int with_option = 0; with_option < 2; with_option++) {
		size_t n = 0;
		for (size_t i = 0; i < to->n_privs; i++) {
			bool had_option = false, had = holds(from, to->privs[i], &had_option);
			if (to->grantable[i] == (bool)with_option &&
			    (!had || (to->grantable[i] && !had_option)))
				list[n++] = to->privs[i];
		}
		if (!n)
			continue;
		strbuf_adds(&sb, "GRANT ");
		privilege_list(&sb, to, list, n);
		strbuf_adds(&sb, " ON ");
		privilege_target(&sb, to);
		strbuf_adds(&sb, " TO ");
		grantee(&sb, to);
		if (with_option)
			strbuf_adds(&sb, " WITH GRANT OPTION");
		emit(o, 0, &sb);
	}
	strbuf_release(&sb);
}

/* REVOKE what `from` holds beyond `to` (NULL: everything); a grant option
 * alone is revoked with GRANT OPTION FOR. */
static void render_revokes(struct out *o, const struct privilege_obj *from,
			   const struct privilege_obj *to)
{
	struct strbuf sb = STRBUF_INIT;
	const char **list = arena_alloc(o->a, (from->n_privs + 1) * sizeof(*list));
	for (int option_only = 0; option_only < 2; option_only++) {
		size_t n = 0;
		for (size_t i = 0; i < from->n_privs; i++) {
			bool option = false, kept = holds(to, from->privs[i], &option);
			if (option_only ? kept && from->grantable[i] && !option : !kept)
				list[n++] = from->privs[i];
		}
		if (!n)
			continue;
		strbuf_addf(&sb, "REVOKE %s", option_only ? "GRANT OPTION FOR " : "");
		privilege_list(&sb, from, list, n);
		strbuf_adds(&sb, " ON ");
		privilege_target(&sb, from);
		strbuf_adds(&sb, " FROM ");
		grantee(&sb, from);
		emit(o, 0, &sb);
	}
	strbuf_release(&sb);
}

static void revoke_all_from_public(struct out *o, const struct object *target)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "REVOKE ALL ON ");
	grant_target(&sb, target);
	strbuf_adds(&sb, " FROM PUBLIC");
	emit(o, 0, &sb);
	strbuf_release(&sb);
}

/* REVOKE ALL ... FROM PUBLIC right after a CREATE (see revoke_public). */
static void revoke_public_default(struct out *o, const struct change *ch)
{
	if (ch->revoke_public)
		revoke_all_from_public(o, ch->to);
}

/* Without --privileges, grants are not managed, but an object the plan
 * drops and creates again must not lose the ones it has: a view rebuilt
 * for a column change would otherwise leave the application's role
 * without SELECT.  Its live grants (model.carried; the live database is
 * `cur` in a plan, `want` in a rollback) follow its CREATE; PUBLIC's
 * default EXECUTE or USAGE, which the new object has anyway, is revoked
 * when the old one did not have it.  A rebuilt view's column grants follow
 * too, for the columns the new view still has (a table is rebuilt only
 * with its rows lost, and its column grants are not carried).  A rollback
 * that makes again what the plan dropped gives it back its grants too. */
static void carry_privileges(struct out *o, const struct change *ch)
{
	if (o->cur->has_privileges || o->want->has_privileges)
		return;
	const struct model *live = o->cur->carries_privileges ? o->cur : o->want;
	if (!live->carries_privileges)
		return;
	const struct object *was = live == o->cur ? ch->from : ch->to;
	/* a CREATE in a rollback makes a live object again (the plan dropped
	 * it); in a plan, one that replaces a dropped function */
	if (ch->kind == CHANGE_CREATE)
		was = live == o->want ? ch->to : ch->replaces;
	else if (ch->kind != CHANGE_REBUILD)
		return;
	if (!was)
		return;
	bool public_default = kind_has_public_default(was->kind), kept_public = false;
	/* carried is sorted by target: the first of was's, then the rest */
	size_t lo = 0, hi = live->n_carried;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((uintptr_t)live->carried[mid]->target < (uintptr_t)was)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < live->n_carried && live->carried[i]->target == was; i++) {
		const struct privilege_obj *p = live->carried[i];
		if (public_default && !p->grantee[0])
			kept_public = true; /* the new object has it already */
		else
			render_grants(o, NULL, p);
	}
	if (public_default && !kept_public)
		revoke_all_from_public(o, ch->to);
	if (was->kind != OBJ_VIEW)
		return;
	const struct model *other = live == o->cur ? o->want : o->cur;
	for (size_t i = 0; i < live->n_carried; i++) {
		const struct privilege_obj *p = live->carried[i];
		const struct object *c = p->target;
		if (c->kind == OBJ_VIEW_COLUMN && !strcmp(c->schema, was->schema) &&
		    !strcmp(c->parent, was->name) && model_find(other, c))
			render_grants(o, NULL, p);
	}
}

/* --- a new partition beside a DEFAULT one -------------------------------- */

/* The live DEFAULT partition of parent that the plan keeps as it is, or NULL */
static const struct table_obj *kept_default_partition(const struct out *o,
						      const struct table_obj *parent)
{
	const struct object *live = o->cs ? model_find(o->cur, &parent->obj) : NULL;
	for (size_t u = 0; live && u < live->n_users; u++) {
		const struct object *k = object_user(o->cur, live, u);
		const struct table_obj *p = (const void *)k;
		if (k->kind != OBJ_TABLE || !p->partition_of || strcmp(p->partition_bound, "DEFAULT"))
			continue;
		const struct table_obj *w = (const void *)model_find(o->want, k);
		const struct change *ch = change_of(o->cs, k);
		if (w && w->partition_bound && !strcmp(w->partition_bound, "DEFAULT") &&
		    (!ch || ch->kind == CHANGE_ALTER))
			return p;
	}
	return NULL;
}

/* A new partition's rows may already sit in the DEFAULT partition, and
 * PostgreSQL then refuses the CREATE (the default would hold rows that are
 * no longer its own).  The default is detached for the CREATE, the rows
 * the new partition takes (its partition constraint, read from the shadow)
 * move over, and the default is attached again, which checks the rest.
 * Only for a new leaf partition of a table whose columns the model has:
 * the rows are moved by name, and a partitioned one has no partitions
 * yet to take them. */
struct default_move {
	const struct table_obj *parent, *def;
};

static struct default_move rows_in_default(const struct out *o, const struct table_obj *t)
{
	struct default_move m = { 0 };
	if (!t->partition_of || !t->partition_constraint || t->partition_key ||
	    !strcmp(t->partition_bound, "DEFAULT"))
		return m;
	/* a partition's only table dependency is its parent */
	const struct table_obj *parent = (const void *)object_dep_of_kind(o->want, &t->obj, OBJ_TABLE);
	if (!parent || !parent->partition_key || !parent->n_columns)
		return m;
	m.def = kept_default_partition(o, parent);
	m.parent = m.def ? parent : NULL;
	return m;
}

static void detach_default(struct out *o, const struct default_move *m)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "ALTER TABLE %s DETACH PARTITION ", m->def->partition_of);
	sql_add_qualified(&sb, m->def->obj.schema, m->def->obj.name);
	emit(o, 0, &sb);
	strbuf_release(&sb);
}

static void move_rows_from_default(struct out *o, const struct default_move *m,
				   const struct table_obj *t)
{
	struct strbuf cols = STRBUF_INIT, sb = STRBUF_INIT;
	bool identity = false;
	/* the columns the rows have now: one this plan adds comes later, with
	 * its default, and one it drops may be gone already */
	const struct table_obj *live = (const void *)model_find(o->cur, &m->parent->obj);
	for (size_t i = 0; i < m->parent->n_columns; i++) {
		const struct column_obj *c = m->parent->columns[i];
		bool there = false;
		for (size_t k = 0; live && k < live->n_columns && !there; k++)
			there = !strcmp(live->columns[k]->obj.name, c->obj.name) &&
				!live->columns[k]->generated;
		if (c->generated || !there) /* generated: computed again on insert */
			continue;
		identity = identity || c->identity;
		if (cols.len)
			strbuf_adds(&cols, ", ");
		sql_add_ident(&cols, c->obj.name);
	}
	strbuf_adds(&sb, "WITH moved AS (DELETE FROM ");
	sql_add_qualified(&sb, m->def->obj.schema, m->def->obj.name);
	strbuf_addf(&sb, " WHERE %s RETURNING *)\nINSERT INTO ", t->partition_constraint);
	sql_add_qualified(&sb, t->obj.schema, t->obj.name);
	strbuf_addf(&sb, " (%s)%s\nSELECT %s FROM moved", cols.buf,
		    identity ? " OVERRIDING SYSTEM VALUE" : "", cols.buf);
	emit(o, 0, &sb);
	strbuf_reset(&sb);
	strbuf_addf(&sb, "ALTER TABLE %s ATTACH PARTITION ", m->def->partition_of);
	sql_add_qualified(&sb, m->def->obj.schema, m->def->obj.name);
	strbuf_adds(&sb, " DEFAULT");
	emit(o, HAZARD_LONG_LOCK, &sb); /* checks every row left in the default */
	strbuf_release(&sb);
	strbuf_release(&cols);
}

/* --- create / drop / alter per kind ------------------------------------ */

/* What a dropped comment goes back to: NULL, but for initdb's public
 * schema the comment every new database has (without it pg_dump writes
 * COMMENT ON SCHEMA public IS '', as a change from the default). */
static const char *default_comment(const struct comment_obj *c)
{
	return c->target->kind == OBJ_SCHEMA && !strcmp(c->target->name, "public")
		       ? "standard public schema"
		       : NULL;
}



static void comment_on(struct out *o, const struct comment_obj *c, const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "COMMENT ON ");
	if (c->on_index) { /* a key's index takes the key's name */
		strbuf_adds(&sb, "INDEX ");
		sql_add_qualified(&sb, c->target->schema, c->target->name);
	} else if (c->on_identity_sequence) {
		const struct identity_sequence *s = ((const struct column_obj *)c->target)->identity_seq;
		strbuf_adds(&sb, "SEQUENCE ");
		sql_add_qualified(&sb, s->schema, s->name);
	} else {
		comment_target(&sb, c->target);
	}
	comment_is(&sb, text);
	emit(o, 0, &sb);
	strbuf_release(&sb);
}

static void view_as(struct out *o, struct strbuf *sb, const struct view_obj *v)
{
	sql_add_qualified(sb, v->obj.schema, v->obj.name);
	if (v->options[0])
		strbuf_addf(sb, " WITH (%s)", v->options);
	strbuf_addf(sb, " AS\n%s", v->source_query ? v->source_query : catalog_text(o, v->def));
	o->user_text = o->user_text || v->source_query;
}

static void policy_clauses(struct out *o, struct strbuf *sb, const struct policy_obj *p)
{
	/* the user's own text only when it covers every clause present */
	bool own = (!p->using_expr || p->source_using) && (!p->check_expr || p->source_check);
	strbuf_addf(sb, " TO %s", p->roles);
	if (p->using_expr)
		strbuf_addf(sb, " USING (%s)", own ? p->source_using : catalog_text(o, p->using_expr));
	if (p->check_expr)
		strbuf_addf(sb, " WITH CHECK (%s)", own ? p->source_check : catalog_text(o, p->check_expr));
	o->user_text = o->user_text || (own && (p->using_expr || p->check_expr));
}

/* ALTER TABLE ... ENABLE/DISABLE/FORCE/NO FORCE ROW LEVEL SECURITY */
static void row_security(struct out *o, const struct table_obj *from, const struct table_obj *to)
{
	struct strbuf sb = STRBUF_INIT;
	bool was = from && from->row_security, forced = from && from->force_row_security;
	if (was != to->row_security) {
		strbuf_adds(&sb, "ALTER TABLE ");
		sql_add_qualified(&sb, to->obj.schema, to->obj.name);
		strbuf_addf(&sb, " %s ROW LEVEL SECURITY", to->row_security ? "ENABLE" : "DISABLE");
		emit(o, 0, &sb);
	}
	if (forced != to->force_row_security) {
		strbuf_adds(&sb, "ALTER TABLE ");
		sql_add_qualified(&sb, to->obj.schema, to->obj.name);
		strbuf_addf(&sb, " %s ROW LEVEL SECURITY", to->force_row_security ? "FORCE" : "NO FORCE");
		emit(o, 0, &sb);
	}
	strbuf_release(&sb);
}

/* ALTER TABLE ... REPLICA IDENTITY DEFAULT, FULL or NOTHING; USING INDEX
 * is written by the index that becomes it, once it exists (index_marks()) */
static void replica_identity(struct out *o, const struct table_obj *from, const struct table_obj *to)
{
	char was = from ? from->replica_identity : 'd';
	if (was == to->replica_identity || to->replica_identity == 'i')
		return;
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "ALTER TABLE ");
	sql_add_qualified(&sb, to->obj.schema, to->obj.name);
	strbuf_addf(&sb, " REPLICA IDENTITY %s", replica_identity_name(to->replica_identity));
	emit(o, 0, &sb);
	strbuf_release(&sb);
}

/* ALTER TABLE ... DISABLE / ENABLE [REPLICA | ALWAYS] TRIGGER t */
static void trigger_enabled(struct out *o, const struct trigger_obj *t)
{
	struct strbuf sb = STRBUF_INIT;
	sql_alter_table(&sb, &t->obj);
	strbuf_addf(&sb, "%s ", trigger_enabled_clause(t->enabled));
	sql_add_ident(&sb, t->obj.name);
	emit(o, 0, &sb);
	strbuf_release(&sb);
}

/* ALTER TABLE ... RESET the storage parameters no longer wanted, then SET
 * the wanted ones that are new or changed. */
static void storage_parameters(struct out *o, const struct table_obj *f, const struct table_obj *t)
{
	if (!strcmp_null(f->options, t->options))
		return;
	struct strbuf reset = STRBUF_INIT, set = STRBUF_INIT, sb = STRBUF_INIT;
	parameter_changes(f->options, t->options, &reset, &set);
	if (reset.len) {
		strbuf_adds(&sb, "ALTER TABLE ");
		sql_add_qualified(&sb, t->obj.schema, t->obj.name);
		strbuf_addf(&sb, " RESET (%s)", reset.buf);
		emit(o, 0, &sb);
	}
	if (set.len) {
		strbuf_adds(&sb, "ALTER TABLE ");
		sql_add_qualified(&sb, t->obj.schema, t->obj.name);
		strbuf_addf(&sb, " SET (%s)", set.buf);
		emit(o, 0, &sb);
	}
	strbuf_release(&reset);
	strbuf_release(&set);
	strbuf_release(&sb);
}

static bool bound_changes(const struct table_obj *f, const struct table_obj *t)
{
	return f->partition_of && strcmp(f->partition_bound, t->partition_bound);
}

bool table_alter_inherits(const struct change *ch)
{
	const struct table_obj *f = (const void *)ch->from, *t = (const void *)ch->to;
	if (bound_changes(f, t))
		return true;
	size_t len;
	for (const char *rest = t->inherits, *e; (e = next_entry(&rest, &len));)
		if (!in_list(f->inherits, e, len))
			return true;
	return false;
}

/* ALTER TABLE ... NO INHERIT (pass 0) or INHERIT (pass 1) for parents gone
 * and new */
static void inheritance(struct out *o, const struct table_obj *f, const struct table_obj *t,
			int pass)
{
	struct strbuf sb = STRBUF_INIT;
	const char *list = pass ? t->inherits : f->inherits;
	const char *other = pass ? f->inherits : t->inherits;
	size_t len;
	for (const char *rest = list, *e; (e = next_entry(&rest, &len));) {
		if (in_list(other, e, len))
			continue;
		strbuf_adds(&sb, "ALTER TABLE ");
		sql_add_qualified(&sb, t->obj.schema, t->obj.name);
		strbuf_addf(&sb, " %sINHERIT %.*s", pass ? "" : "NO ", (int)len, e);
		emit(o, 0, &sb);
	}
	strbuf_release(&sb);
}

/* ALTER STATISTICS s SET STATISTICS n (-1: back to the default) into sb */
static void statistics_target(struct strbuf *sb, const struct object *obj)
{
	const struct statistics_obj *x = (const void *)obj;
	strbuf_adds(sb, "ALTER STATISTICS ");
	sql_add_qualified(sb, obj->schema, obj->name);
	strbuf_addf(sb, " SET STATISTICS %s", x->stat_target ? x->stat_target : "-1");
}

/* new_owner: the table is created by this plan, so nothing waits on it */
static void render_create(struct out *o, const struct object *obj, bool new_owner)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned hazards = 0;
	switch (obj->kind) {
	case OBJ_SCHEMA:
		strbuf_adds(&sb, "CREATE SCHEMA ");
		sql_add_ident(&sb, obj->name);
		break;
	case OBJ_EXTENSION: {
		const struct extension_obj *e = (const void *)obj;
		strbuf_adds(&sb, "CREATE EXTENSION ");
		sql_add_ident(&sb, obj->name);
		strbuf_adds(&sb, " WITH SCHEMA ");
		sql_add_ident(&sb, e->in_schema);
		strbuf_adds(&sb, " VERSION ");
		sql_add_literal(&sb, e->version);
		break;
	}
	case OBJ_COLLATION:
		strbuf_adds(&sb, "CREATE COLLATION ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_addf(&sb, " (%s)", obj->definition);
		break;
	case OBJ_ENUM:
		strbuf_adds(&sb, "CREATE TYPE ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_adds(&sb, " AS ENUM ");
		enum_labels(&sb, (const void *)obj);
		break;
	case OBJ_DOMAIN:
		strbuf_adds(&sb, "CREATE DOMAIN ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_addf(&sb, " AS %s", obj->definition); /* type, collation, default, NOT NULL */
		break;
	case OBJ_DOMAIN_CONSTRAINT: {
		const struct domain_constraint_obj *k = (const void *)obj;
		alter_domain(&sb, obj->schema, obj->parent);
		strbuf_adds(&sb, "ADD CONSTRAINT ");
		sql_add_ident(&sb, obj->name);
		strbuf_addf(&sb, " %s%s", catalog_text(o, k->def), k->validated ? "" : " NOT VALID");
		if (k->validated && !new_owner)
			hazards = HAZARD_LONG_LOCK; /* checks every column of the domain */
		break;
	}
	case OBJ_COMPOSITE: {
		const struct composite_obj *t = (const void *)obj;
		strbuf_adds(&sb, "CREATE TYPE ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_adds(&sb, " AS (");
		for (size_t i = 0; i < t->n_attrs; i++) {
			if (i)
				strbuf_adds(&sb, ", ");
			sql_add_ident(&sb, t->attrs[i].name);
			attr_type(&sb, &t->attrs[i]);
		}
		strbuf_addch(&sb, ')');
		emit(o, 0, &sb);
		attribute_comments(o, NULL, t);
		strbuf_release(&sb);
		return;
	}
	case OBJ_RANGE:
		strbuf_adds(&sb, "CREATE TYPE ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_addf(&sb, " AS RANGE (%s)", obj->definition);
		break;
	case OBJ_SEQUENCE: {
		const struct sequence_obj *s = (const void *)obj;
		strbuf_addf(&sb, "CREATE %sSEQUENCE ", s->unlogged ? "UNLOGGED " : "");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_addf(&sb, " %s", s->options);
		break;
	}
	case OBJ_SEQUENCE_OWNER: {
		const struct sequence_owner_obj *so = (const void *)obj;
		strbuf_adds(&sb, "ALTER SEQUENCE ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_adds(&sb, " OWNED BY ");
		sql_add_qualified(&sb, so->table_schema, so->table);
		strbuf_addch(&sb, '.');
		sql_add_ident(&sb, so->column);
		break;
	}
	case OBJ_TABLE: {
		const struct table_obj *t = (const void *)obj;
		strbuf_addf(&sb, "CREATE %sTABLE ", t->persistence == 'u' ? "UNLOGGED " : "");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_adds(&sb, " (");
		for (size_t i = 0; i < t->n_columns; i++) {
			strbuf_adds(&sb, i ? ",\n    " : "\n    ");
			column_def(o, &sb, t->columns[i]);
		}
		strbuf_adds(&sb, t->n_columns ? "\n)" : ")");
		if (t->partition_of) {
			/* a partition takes its columns from its parent */
			strbuf_reset(&sb);
			strbuf_addf(&sb, "CREATE %sTABLE ", t->persistence == 'u' ? "UNLOGGED " : "");
			sql_add_qualified(&sb, obj->schema, obj->name);
			strbuf_addf(&sb, " PARTITION OF %s %s", t->partition_of, t->partition_bound);
		}
		if (t->inherits)
			strbuf_addf(&sb, " INHERITS (%s)", t->inherits);
		if (t->partition_key)
			strbuf_addf(&sb, " PARTITION BY %s", t->partition_key);
		if (t->options)
			strbuf_addf(&sb, " WITH (%s)", t->options);
		struct default_move move = rows_in_default(o, t);
		if (move.def)
			detach_default(o, &move);
		emit(o, 0, &sb);
		for (size_t i = 0; i < t->n_columns; i++)
			new_column_settings(o, t->columns[i]);
		if (t->partition_of || t->inherits)
			inherited_column_settings(o, NULL, t);
		if (move.def)
			move_rows_from_default(o, &move, t);
		row_security(o, NULL, t);
		replica_identity(o, NULL, t);
		strbuf_release(&sb);
		return;
	}
	case OBJ_FUNCTION:
		strbuf_adds(&sb, ((const struct function_obj *)obj)->def);
		break;
	case OBJ_VIEW: {
		const struct view_obj *v = (const void *)obj;
		strbuf_addf(&sb, "CREATE %sVIEW ", v->relkind == 'm' ? "MATERIALIZED " : "");
		view_as(o, &sb, v);
		if (o->no_data)
			strbuf_adds(&sb, "\nWITH NO DATA");
		break;
	}
	case OBJ_TRIGGER: {
		const struct trigger_obj *t = (const void *)obj;
		strbuf_adds(&sb, catalog_text(o, t->def));
		if (t->enabled != 'O') {
			emit(o, hazards, &sb);
			trigger_enabled(o, t);
			strbuf_release(&sb);
			return;
		}
		break;
	}
	case OBJ_POLICY: {
		const struct policy_obj *p = (const void *)obj;
		strbuf_adds(&sb, "CREATE POLICY ");
		sql_add_ident(&sb, obj->name);
		strbuf_adds(&sb, " ON ");
		sql_add_qualified(&sb, obj->schema, obj->parent);
		strbuf_addf(&sb, " AS %s FOR %s", p->permissive ? "PERMISSIVE" : "RESTRICTIVE", p->cmd);
		policy_clauses(o, &sb, p);
		break;
	}
	case OBJ_STATISTICS: {
		const struct statistics_obj *x = (const void *)obj;
		strbuf_adds(&sb, catalog_text(o, x->def));
		if (x->stat_target) {
			emit(o, 0, &sb);
			statistics_target(&sb, obj);
		}
		break;
	}
	case OBJ_COMMENT:
		comment_on(o, (const void *)obj, ((const struct comment_obj *)obj)->text);
		strbuf_release(&sb);
		return;
	case OBJ_PRIVILEGE:
		render_grants(o, NULL, (const void *)obj);
		strbuf_release(&sb);
		return;
	case OBJ_COLUMN: {
		const struct column_obj *c = (const void *)obj;
		sql_alter_table(&sb, obj);
		strbuf_adds(&sb, "ADD COLUMN ");
		/* every existing row gets its own value: the table is rewritten */
		if (!new_owner && (c->generated || c->identity || c->volatile_default))
			hazards = HAZARD_REWRITE;
		if (c->identity && column_of_partitioned_table(o, c)) {
			/* PostgreSQL adds an identity to a partitioned table only
			 * to a column that is already there (and NOT NULL) */
			struct column_obj plain = *c;
			plain.identity = 0;
			plain.not_null = true;
			column_def(o, &sb, &plain);
			emit(o, hazards, &sb);
			alter_column(&sb, c);
			strbuf_addf(&sb, "ADD GENERATED %s AS IDENTITY (",
				    c->identity == 'a' ? "ALWAYS" : "BY DEFAULT");
			identity_options(&sb, c);
			strbuf_addch(&sb, ')');
		} else {
			column_def(o, &sb, c);
		}
		emit(o, hazards, &sb);
		new_column_settings(o, c);
		strbuf_release(&sb);
		return;
	}
	case OBJ_CONSTRAINT: {
		const struct constraint_obj *k = (const void *)obj;
		sql_alter_table(&sb, obj);
		strbuf_adds(&sb, "ADD CONSTRAINT ");
		sql_add_ident(&sb, obj->name);
		if (k->source_expr) {
			size_t n = strlen(k->def);
			bool no_inherit = n > 11 && !strcmp(k->def + n - 11, " NO INHERIT");
			strbuf_addf(&sb, " CHECK (%s)%s", k->source_expr, no_inherit ? " NO INHERIT" : "");
			o->user_text = true;
		} else {
			strbuf_addf(&sb, " %s", catalog_text(o, k->def));
		}
		strbuf_adds(&sb, k->validated ? "" : " NOT VALID");
		if (k->validated && !new_owner)
			hazards = HAZARD_LONG_LOCK;
		if (k->clustered || k->replica_identity) {
			emit(o, hazards, &sb);
			index_marks(o, NULL, obj);
			strbuf_release(&sb);
			return;
		}
		break;
	}
	case OBJ_INDEX: {
		const struct index_obj *x = (const void *)obj;
		const char *where = x->source_where ? strstr(x->def, " WHERE ") : NULL;
		if (where) {
			strbuf_add(&sb, x->def, (size_t)(where - x->def));
			strbuf_addf(&sb, " WHERE %s", x->source_where);
			o->user_text = true;
		} else {
			strbuf_adds(&sb, catalog_text(o, x->def));
		}
		/* the catalog prints a partitioned table's index as ON ONLY; made
		 * without ONLY it is made on every partition too, as the user's was */
		char *only = strstr(sb.buf, " ON ONLY ");
		if (only)
			memmove(only + 3, only + 8, strlen(only + 8) + 1), sb.len -= 5;
		if (!new_owner)
			hazards = HAZARD_LONG_LOCK;
		if (x->clustered || x->replica_identity) {
			emit(o, hazards, &sb);
			index_marks(o, NULL, obj);
			strbuf_release(&sb);
			return;
		}
		break;
	}
	case OBJ_VIEW_COLUMN: /* always covered by its view */
	case OBJ_KIND_COUNT:
		die("no statement of its own for %s", obj_kind_name(obj->kind));
	}
	emit(o, hazards, &sb);
	strbuf_release(&sb);
}

static void render_drop(struct out *o, const struct object *obj)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned hazards = 0;
	switch (obj->kind) {
	case OBJ_SCHEMA:
		strbuf_adds(&sb, "DROP SCHEMA ");
		sql_add_ident(&sb, obj->name);
		break;
	case OBJ_EXTENSION:
		strbuf_adds(&sb, "DROP EXTENSION ");
		sql_add_ident(&sb, obj->name);
		break;
	case OBJ_COLLATION:
		strbuf_adds(&sb, "DROP COLLATION ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		break;
	case OBJ_ENUM:
	case OBJ_COMPOSITE:
	case OBJ_RANGE:
		strbuf_adds(&sb, "DROP TYPE ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		break;
	case OBJ_DOMAIN:
		strbuf_adds(&sb, "DROP DOMAIN ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		break;
	case OBJ_DOMAIN_CONSTRAINT:
		alter_domain(&sb, obj->schema, obj->parent);
		strbuf_adds(&sb, "DROP CONSTRAINT ");
		sql_add_ident(&sb, obj->name);
		break;
	case OBJ_SEQUENCE:
		strbuf_adds(&sb, "DROP SEQUENCE ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		hazards = HAZARD_IRREVERSIBLE; /* its current value is lost */
		break;
	case OBJ_SEQUENCE_OWNER:
		strbuf_adds(&sb, "ALTER SEQUENCE ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_adds(&sb, " OWNED BY NONE");
		break;
	case OBJ_TABLE:
		strbuf_adds(&sb, "DROP TABLE ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		hazards = HAZARD_DATA_LOSS | HAZARD_IRREVERSIBLE;
		break;
	case OBJ_COLUMN:
		sql_alter_table(&sb, obj);
		strbuf_adds(&sb, "DROP COLUMN ");
		sql_add_ident(&sb, obj->name);
		hazards = HAZARD_DATA_LOSS | HAZARD_IRREVERSIBLE;
		break;
	case OBJ_CONSTRAINT:
		sql_alter_table(&sb, obj);
		strbuf_adds(&sb, "DROP CONSTRAINT ");
		sql_add_ident(&sb, obj->name);
		break;
	case OBJ_INDEX:
		strbuf_adds(&sb, "DROP INDEX ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		break;
	case OBJ_FUNCTION:
		strbuf_adds(&sb, ((const struct function_obj *)obj)->prokind == 'p' ? "DROP PROCEDURE "
										   : "DROP FUNCTION ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		strbuf_addf(&sb, "(%s)", object_signature(obj));
		break;
	case OBJ_VIEW:
		strbuf_adds(&sb, ((const struct view_obj *)obj)->relkind == 'm' ? "DROP MATERIALIZED VIEW "
										 : "DROP VIEW ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		break;
	case OBJ_TRIGGER:
	case OBJ_POLICY:
		strbuf_addf(&sb, "DROP %s ", obj->kind == OBJ_TRIGGER ? "TRIGGER" : "POLICY");
		sql_add_ident(&sb, obj->name);
		strbuf_adds(&sb, " ON ");
		sql_add_qualified(&sb, obj->schema, obj->parent);
		break;
	case OBJ_STATISTICS:
		strbuf_adds(&sb, "DROP STATISTICS ");
		sql_add_qualified(&sb, obj->schema, obj->name);
		break;
	case OBJ_COMMENT:
		comment_on(o, (const void *)obj, default_comment((const void *)obj));
		strbuf_release(&sb);
		return;
	case OBJ_PRIVILEGE:
		render_revokes(o, (const void *)obj, NULL);
		strbuf_release(&sb);
		return;
	case OBJ_VIEW_COLUMN: /* always covered by its view */
	case OBJ_KIND_COUNT:
		die("no statement of its own for %s", obj_kind_name(obj->kind));
	}
	emit(o, hazards, &sb);
	strbuf_release(&sb);
}

static void render_alter(struct out *o, const struct change *ch, bool release)
{
	const struct object *from = ch->from, *to = ch->to;
	struct strbuf sb = STRBUF_INIT;
	switch (to->kind) {
	case OBJ_EXTENSION: {
		const struct extension_obj *f = (const void *)from, *t = (const void *)to;
		if (strcmp(f->version, t->version)) {
			strbuf_adds(&sb, "ALTER EXTENSION ");
			sql_add_ident(&sb, to->name);
			strbuf_adds(&sb, " UPDATE TO ");
			sql_add_literal(&sb, t->version);
			emit(o, 0, &sb);
		}
		if (strcmp(f->in_schema, t->in_schema)) {
			strbuf_adds(&sb, "ALTER EXTENSION ");
			sql_add_ident(&sb, to->name);
			strbuf_adds(&sb, " SET SCHEMA ");
			sql_add_ident(&sb, t->in_schema);
			emit(o, 0, &sb);
		}
		break;
	}
	case OBJ_ENUM:
		if (enum_renames_labels((const void *)from, (const void *)to))
			render_enum_rename_values(o, (const void *)from, (const void *)to);
		else
			render_enum_add_values(o, (const void *)from, (const void *)to);
		break;
	case OBJ_DOMAIN:
		render_domain_alter(o, ch, release);
		break;
	case OBJ_DOMAIN_CONSTRAINT:
		alter_domain(&sb, to->schema, to->parent);
		strbuf_adds(&sb, "VALIDATE CONSTRAINT ");
		sql_add_ident(&sb, to->name);
		emit(o, HAZARD_LONG_LOCK, &sb);
		break;
	case OBJ_COMPOSITE:
		render_composite_alter(o, (const void *)from, (const void *)to);
		break;
	case OBJ_SEQUENCE: {
		const struct sequence_obj *f = (const void *)from, *t = (const void *)to;
		if (strcmp(f->options, t->options)) {
			bool restart = must_restart(f->start, t->min, t->max);
			if (!restart)
				keep_value_in_range(o, to->schema, to->name, f->min, f->max, t->min,
						    t->max, t->increment);
			strbuf_adds(&sb, "ALTER SEQUENCE ");
			sql_add_qualified(&sb, to->schema, to->name);
			strbuf_addf(&sb, " %s", t->options);
			if (restart)
				strbuf_addf(&sb, " RESTART WITH %s", t->start);
			emit(o, 0, &sb);
		}
		if (f->unlogged != t->unlogged) {
			strbuf_adds(&sb, "ALTER SEQUENCE ");
			sql_add_qualified(&sb, to->schema, to->name);
			strbuf_addf(&sb, " SET %s", t->unlogged ? "UNLOGGED" : "LOGGED");
			emit(o, 0, &sb);
		}
		break;
	}
	case OBJ_SEQUENCE_OWNER:
		render_create(o, to, false); /* OWNED BY replaces the old owner */
		break;
	case OBJ_TABLE: {
		const struct table_obj *f = (const void *)from, *t = (const void *)to;
		if (f->persistence != t->persistence) {
			strbuf_adds(&sb, "ALTER TABLE ");
			sql_add_qualified(&sb, to->schema, to->name);
			strbuf_addf(&sb, " SET %s", t->persistence == 'u' ? "UNLOGGED" : "LOGGED");
			emit(o, HAZARD_REWRITE, &sb);
		}
		if (bound_changes(f, t)) {
			/* same parent, new bounds: out here, back in with the
			 * INHERIT node, once every partition whose bounds
			 * change is out (the new bounds may overlap the old) */
			strbuf_addf(&sb, "ALTER TABLE %s DETACH PARTITION ", t->partition_of);
			sql_add_qualified(&sb, to->schema, to->name);
			emit(o, 0, &sb);
		}
		inheritance(o, f, t, 0);
		row_security(o, f, t);
		replica_identity(o, f, t);
		storage_parameters(o, f, t);
		inherited_column_settings(o, f, t);
		break;
	}
	case OBJ_FUNCTION:
		strbuf_adds(&sb, ((const struct function_obj *)to)->def);
		emit(o, 0, &sb);
		break;
	case OBJ_VIEW:
		strbuf_adds(&sb, "CREATE OR REPLACE VIEW ");
		view_as(o, &sb, (const void *)to);
		emit(o, 0, &sb);
		break;
	case OBJ_STATISTICS: /* compare.c: only the target differs */
		statistics_target(&sb, to);
		emit(o, 0, &sb);
		break;
	case OBJ_POLICY:
		strbuf_adds(&sb, "ALTER POLICY ");
		sql_add_ident(&sb, to->name);
		strbuf_adds(&sb, " ON ");
		sql_add_qualified(&sb, to->schema, to->parent);
		policy_clauses(o, &sb, (const void *)to);
		emit(o, 0, &sb);
		break;
	case OBJ_TRIGGER: {
		const struct trigger_obj *f = (const void *)from, *t = (const void *)to;
		if (strcmp(f->def, t->def)) {
			/* "CREATE TRIGGER ..." (compare.c: never a constraint trigger);
			 * replacing sets the firing back to the default */
			strbuf_addf(&sb, "CREATE OR REPLACE %s", catalog_text(o, t->def) + strlen("CREATE "));
			emit(o, 0, &sb);
		}
		if (f->enabled != t->enabled || (strcmp(f->def, t->def) && t->enabled != 'O'))
			trigger_enabled(o, t);
		break;
	}
	case OBJ_COMMENT:
		comment_on(o, (const void *)to, ((const struct comment_obj *)to)->text);
		break;
	case OBJ_PRIVILEGE:
		render_revokes(o, (const void *)from, (const void *)to);
		render_grants(o, (const void *)from, (const void *)to);
		break;
	case OBJ_COLUMN:
		render_column_alter(o, ch, release);
		break;
	case OBJ_INDEX:
		/* a new name (compare.c pairs a dropped and a created index so),
		 * or the CLUSTER ON mark: nothing else alters an index */
		if (strcmp(from->name, to->name)) {
			strbuf_adds(&sb, "ALTER INDEX ");
			sql_add_qualified(&sb, from->schema, from->name);
			strbuf_adds(&sb, " RENAME TO ");
			sql_add_ident(&sb, to->name);
			emit(o, 0, &sb);
		}
		index_marks(o, from, to);
		break;
	case OBJ_CONSTRAINT: {
		const struct constraint_obj *f = (const void *)from, *t = (const void *)to;
		if (strcmp(from->name, to->name)) { /* with its index, if it has one */
			sql_alter_table(&sb, to);
			strbuf_adds(&sb, "RENAME CONSTRAINT ");
			sql_add_ident(&sb, from->name);
			strbuf_adds(&sb, " TO ");
			sql_add_ident(&sb, to->name);
			emit(o, 0, &sb);
		}
		if (strcmp(f->def, t->def)) { /* a foreign key's deferrability, no scan */
			const char *when = t->def + constraint_deferral_at(t->def);
			sql_alter_table(&sb, to);
			strbuf_adds(&sb, "ALTER CONSTRAINT ");
			sql_add_ident(&sb, to->name);
			strbuf_adds(&sb, !*when ? " NOT DEFERRABLE"
				    : !strcmp(when, " DEFERRABLE") ? " DEFERRABLE INITIALLY IMMEDIATE"
								  : when);
			emit(o, 0, &sb);
		}
		if (!f->validated && t->validated) {
			sql_alter_table(&sb, to);
			strbuf_adds(&sb, "VALIDATE CONSTRAINT ");
			sql_add_ident(&sb, to->name);
			emit(o, HAZARD_LONG_LOCK, &sb);
		}
		index_marks(o, from, to);
		break;
	}
	default:
		die("no ALTER for %s", obj_kind_name(to->kind));
	}
	strbuf_release(&sb);
}

/* A type that no ALTER can reach (an enum that loses or reorders labels, a
 * domain over another base type, a composite type whose attributes move)
 * is replaced, not dropped: the old type steps aside under another name,
 * the new one is created, the columns are re-cast (their own nodes), and
 * only then does the old type go. */
static void render_type_swap(struct out *o, const struct node *nd)
{
	struct strbuf sb = STRBUF_INIT;
	const struct object *e = nd->ch->from;
	if (nd->phase == PHASE_DROP) {
		strbuf_adds(&sb, e->kind == OBJ_DOMAIN ? "ALTER DOMAIN " : "ALTER TYPE ");
		sql_add_qualified(&sb, e->schema, e->name);
		strbuf_adds(&sb, " RENAME TO ");
		sql_add_ident(&sb, type_old_name(o->a, e));
		emit(o, 0, &sb);
		render_create(o, nd->ch->to, false);
		revoke_public_default(o, nd->ch);
		carry_privileges(o, nd->ch); /* the new type is a new object */
	} else {
		strbuf_adds(&sb, e->kind == OBJ_DOMAIN ? "DROP DOMAIN " : "DROP TYPE ");
		sql_add_qualified(&sb, e->schema, type_old_name(o->a, e));
		emit(o, 0, &sb); /* nothing uses it any more */
	}
	strbuf_release(&sb);
}

/* A table's second ALTER node: the parents it gains, its new bounds. */
static void attach(struct out *o, const struct table_obj *f, const struct table_obj *t)
{
	inheritance(o, f, t, 1);
	if (bound_changes(f, t)) {
		struct strbuf sb = STRBUF_INIT;
		strbuf_addf(&sb, "ALTER TABLE %s ATTACH PARTITION ", t->partition_of);
		sql_add_qualified(&sb, t->obj.schema, t->obj.name);
		strbuf_addf(&sb, " %s", t->partition_bound);
		emit(o, HAZARD_LONG_LOCK, &sb);
		strbuf_release(&sb);
	}
}

void render_node(struct arena *a, const struct changeset *cs, const struct node *nd,
		 struct step_list *list)
{
	struct out o = { .a = a, .list = list, .cur = cs->cur, .want = cs->want, .cs = cs };
	const struct change *ch = nd->ch;
	if (nd->inherit)
		attach(&o, (const void *)ch->from, (const void *)ch->to);
	else if (ch->kind == CHANGE_REBUILD && kind_is_swapped_type(ch->from->kind))
		render_type_swap(&o, nd);
	else if (ch->kind == CHANGE_REBUILD && nd->phase == PHASE_DROP &&
		 (ch->from->kind == OBJ_COMMENT || ch->from->kind == OBJ_PRIVILEGE))
		return; /* its object is being dropped and made again: it goes along */
	else if (nd->phase == PHASE_DROP)
		render_drop(&o, ch->from);
	else if (nd->phase == PHASE_CREATE) {
		/* A materialized view made WITH NO DATA on both sides is rebuilt
		 * so, and its query is not run inside the plan; a new one, or
		 * one that held rows, is filled (pg_dump writes WITH NO DATA for
		 * every one, so a desired state taken from it says nothing) */
		o.no_data = ch->kind == CHANGE_REBUILD && ch->to->kind == OBJ_VIEW &&
			    ((const struct view_obj *)ch->from)->unpopulated &&
			    ((const struct view_obj *)ch->to)->unpopulated;
		render_create(&o, ch->to, ch->owner_new);
		revoke_public_default(&o, ch);
		carry_privileges(&o, ch);
	}
	else
		render_alter(&o, ch, nd->release);
}

char *object_display_name(struct arena *a, const struct object *o)
{
	if (o->kind == OBJ_COMMENT)
		return arena_printf(a, "comment on %s%s",
				    ((const struct comment_obj *)o)->on_identity_sequence
					    ? "the identity sequence of "
					    : "",
				    object_display_name(a, ((const struct comment_obj *)o)->target));
	if (o->kind == OBJ_PRIVILEGE) {
		const struct privilege_obj *p = (const void *)o;
		struct strbuf sb = STRBUF_INIT;
		grantee(&sb, p);
		char *s = arena_printf(a, "privileges of %s on %s%s", sb.buf,
				       p->on_identity_sequence ? "the identity sequence of " : "",
				       object_display_name(a, p->target));
		strbuf_release(&sb);
		return s;
	}
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%s ", obj_kind_name(o->kind));
	if (o->schema) {
		sql_add_ident(&sb, o->schema);
		strbuf_addch(&sb, '.');
	}
	if (o->parent) {
		sql_add_ident(&sb, o->parent);
		strbuf_addch(&sb, '.');
	}
	sql_add_ident(&sb, o->name);
	if (object_signature(o))
		strbuf_addf(&sb, "(%s)", object_signature(o));
	char *s = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return s;
}

bool describe_change(struct arena *a, const struct change *ch, struct change_line *line)
{
	memset(line, 0, sizeof(*line));
	line->kind = (ch->to ? ch->to : ch->from)->kind;
	switch (ch->kind) {
	case CHANGE_NONE:
		return false;
	case CHANGE_CREATE:
		line->action = ACTION_CREATE;
		line->object = object_display_name(a, ch->to);
		return true;
	case CHANGE_DROP:
		line->action = ACTION_DROP;
		line->object = object_display_name(a, ch->from);
		return true;
	case CHANGE_ALTER:
	case CHANGE_REBUILD:
		line->action = ACTION_ALTER;
		line->object = object_display_name(a, ch->to);
		if (strcmp(ch->from->name, ch->to->name)) {
			line->note = arena_printf(a, "renamed from %s", ch->from->name);
			return true;
		}
		if (!strcmp(ch->from->definition, ch->to->definition)) {
			/* unchanged itself, carried along by a change it depends on */
			line->note = ch->retype ? "re-cast to its rebuilt type"
						: "rebuilt with an object it depends on";
			return true;
		}
		line->before = ch->from->definition;
		line->after = ch->to->definition;
		return true;
	}
	return false;
}
