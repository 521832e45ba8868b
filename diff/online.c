/*
 * online.c: plan_online(), a plan rewritten for a database serving traffic.
 *
 * plan_build() writes the plain statements: CREATE INDEX blocks writes
 * while it builds, ADD CONSTRAINT (CHECK or FOREIGN KEY) and SET NOT NULL
 * scan the table under ACCESS EXCLUSIVE.  On a table that exists before
 * the plan runs, the rewrite takes the scans out of the main transaction:
 *
 *   CREATE INDEX                   ->  CREATE INDEX CONCURRENTLY, after it
 *   ADD CONSTRAINT c CHECK/FK      ->  ... NOT VALID in place;
 *                                      VALIDATE CONSTRAINT c after it
 *   ALTER COLUMN x SET NOT NULL    ->  ADD CONSTRAINT tmp CHECK (x IS NOT NULL)
 *                                      NOT VALID in place; after it VALIDATE
 *                                      tmp, SET NOT NULL (no scan: the valid
 *                                      check proves it), DROP CONSTRAINT tmp
 *
 * "After it" is after every transactional step, in plan order, each step
 * on its own (transactional = false), where its SHARE UPDATE EXCLUSIVE
 * lock is not held together with the main transaction's locks.
 *
 * Steps are recognised by their object (kind, and the table it belongs to
 * looked up by identity in `current`), and their SQL is checked against
 * exactly what render.c writes for that object; anything else is left as
 * it is.  Left alone too: tables this plan creates (nothing waits on
 * them), partitioned tables (neither CONCURRENTLY nor NOT VALID works
 * there), a foreign key to a table the plan creates (see
 * references_created_table), and for constraints and NOT NULL, a table
 * that gains or loses a parent (INHERIT wants the child's constraints
 * valid and its columns NOT NULL within the transaction).  A UNIQUE index stays in place (still
 * CONCURRENTLY, between two transactions) when a later foreign key may
 * need it; a SET NOT NULL stays plain when its column then becomes an
 * identity column, which needs NOT NULL at once.
 */
#include "changes.h"
#include "../common/arena.h"
#include "../common/quote.h"
#include "../common/strbuf.h"
#include "../common/util.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <stdlib.h>
#include <string.h>

/* --- a set of identity keys, each with a number ------------------------- */

struct keyset {
	struct object **keys;
	size_t *vals;
	size_t n, n_slots;
};

static struct object *key_new(struct arena *a, enum obj_kind kind, const char *schema,
			      const char *parent, const char *name)
{
	struct object *k = arena_alloc(a, sizeof(*k));
	k->kind = kind;
	k->schema = schema;
	k->parent = parent;
	k->name = name;
	return k;
}

static size_t *keyset_slot(const struct keyset *s, const struct object *key)
{
	if (!s->n_slots)
		return NULL;
	for (size_t i = object_key_hash(key) & (s->n_slots - 1);; i = (i + 1) & (s->n_slots - 1)) {
		if (!s->keys[i])
			return NULL;
		if (object_same_key(s->keys[i], key))
			return &s->vals[i];
	}
}

static void keyset_insert(struct keyset *s, struct object *key, size_t val)
{
	size_t i = object_key_hash(key) & (s->n_slots - 1);
	while (s->keys[i])
		i = (i + 1) & (s->n_slots - 1);
	s->keys[i] = key;
	s->vals[i] = val;
	s->n++;
}

/* Add key with val; a key already there keeps the larger value. */
static void keyset_put(struct arena *a, struct keyset *s, struct object *key, size_t val)
{
	size_t *v = keyset_slot(s, key);
	if (v) {
		if (val > *v)
			*v = val;
		return;
	}
	if ((s->n + 1) * 2 > s->n_slots) {
		struct keyset grown = { 0 };
		grown.n_slots = s->n_slots ? s->n_slots * 2 : 64;
		grown.keys = arena_alloc(a, grown.n_slots * sizeof(*grown.keys));
		grown.vals = arena_alloc(a, grown.n_slots * sizeof(*grown.vals));
		for (size_t i = 0; i < s->n_slots; i++)
			if (s->keys[i])
				keyset_insert(&grown, s->keys[i], s->vals[i]);
		*s = grown;
	}
	keyset_insert(s, key, val);
}

static bool keyset_get(const struct keyset *s, enum obj_kind kind, const char *schema,
		       const char *parent, const char *name, size_t *val)
{
	struct object key = { .kind = kind, .schema = schema, .parent = parent, .name = name };
	size_t *v = keyset_slot(s, &key);
	if (v && val)
		*val = *v;
	return v != NULL;
}

/* --- the rewrite ----------------------------------------------------------- */

struct online {
	struct arena *a;
	const struct plan *p;
	const struct model *current;
	struct keyset created;  /* tables this plan creates */
	struct keyset fk_needs; /* index, key constraint, or else the table, that a FOREIGN KEY
				 * added at step N uses -> N + 1 (the last such) */
	struct keyset moved;    /* indexes and constraints whose CREATE moved to the end */
	struct keyset loses_unique; /* tables the plan drops a unique index or key of */
	struct keyset not_null_later; /* tables with a SET NOT NULL after the transaction */
	struct step *now, *later;
	size_t n_now, n_later;
};

static bool starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

/* Does sql begin with "ALTER TABLE s.t ADD CONSTRAINT c " for constraint o? */
static bool is_add_constraint(const struct step *s)
{
	const struct object *o = s->object;
	if (o->kind != OBJ_CONSTRAINT || !o->parent)
		return false;
	struct strbuf sb = STRBUF_INIT;
	sql_alter_table(&sb, o);
	strbuf_adds(&sb, "ADD CONSTRAINT ");
	sql_add_ident(&sb, o->name);
	strbuf_addch(&sb, ' ');
	bool yes = starts_with(s->sql, sb.buf);
	strbuf_release(&sb);
	return yes;
}

static bool is_fk_add(const struct step *s)
{
	return s->object && s->object->kind == OBJ_CONSTRAINT &&
	       ((const struct constraint_obj *)s->object)->contype == 'f' && is_add_constraint(s);
}

/* The live table that sub-object o belongs to, if the rewrite applies to
 * it: it exists before the plan, is not made by the plan, is a table
 * (not a materialized view) and is not partitioned. */
static const struct table_obj *live_table(const struct online *c, const struct object *o)
{
	if (!o->schema || !o->parent || (o->owner && o->owner->kind != OBJ_TABLE))
		return NULL;
	struct object key = { .kind = OBJ_TABLE, .schema = o->schema, .name = o->parent };
	const struct object *t = model_find(c->current, &key);
	if (!t || ((const struct table_obj *)t)->partition_key)
		return NULL;
	if (keyset_get(&c->created, OBJ_TABLE, o->schema, NULL, o->parent, NULL))
		return NULL;
	return (const struct table_obj *)t;
}

/* For constraints and NOT NULL: the table keeps its parents. */
static bool keeps_parents(const struct table_obj *live, const struct object *o)
{
	const struct table_obj *to = (const void *)o->owner;
	return !to || to->obj.kind != OBJ_TABLE || !strcmp_null(live->inherits, to->inherits);
}

static void push(struct step *v, size_t *n, const struct step *s)
{
	v[(*n)++] = *s;
}

/* A deferred step: on its own after the main transaction. */
static struct step deferred(const struct step *from, const char *sql, const char *lock,
			    unsigned hazards)
{
	return (struct step){ .sql = sql, .object = from->object, .hazards = hazards,
			      .transactional = false, .needs_commit = false, .user_text = false,
			      .lock = lock };
}

static const char *finish(struct strbuf *sb, struct arena *a)
{
	strbuf_addch(sb, ';');
	return strbuf_to_arena(sb, a);
}

/* CREATE [UNIQUE] INDEX name ON ... -> CREATE [UNIQUE] INDEX CONCURRENTLY name ON ... */
static bool rewrite_index(struct online *c, const struct step *s, size_t i)
{
	const struct object *o = s->object;
	bool unique = starts_with(s->sql, "CREATE UNIQUE INDEX ");
	if (o->kind != OBJ_INDEX || (!unique && !starts_with(s->sql, "CREATE INDEX ")) ||
	    !live_table(c, o))
		return false;
	/* a unique index replacing one the plan drops is built in the same
	 * transaction: no window in which the table takes duplicates */
	if (unique && keyset_get(&c->loses_unique, OBJ_TABLE, o->schema, NULL, o->parent, NULL))
		return false;
	size_t head = strlen(unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
	struct step t = *s;
	t.sql = arena_printf(c->a, "%.*sCONCURRENTLY %s", (int)head, s->sql, s->sql + head);
	t.transactional = false;
	t.lock = "share update exclusive";
	t.hazards &= ~(unsigned)HAZARD_LONG_LOCK;
	/* a foreign key added later may be the one that needs it */
	size_t last_fk = 0;
	if (unique && ((keyset_get(&c->fk_needs, OBJ_INDEX, o->schema, o->parent, o->name,
				   &last_fk) && last_fk > i + 1) ||
		       (keyset_get(&c->fk_needs, OBJ_TABLE, o->schema, NULL, o->parent, &last_fk) &&
			last_fk > i + 1))) {
		push(c->now, &c->n_now, &t);
		return true;
	}
	t.needs_commit = false;
	push(c->later, &c->n_later, &t);
	keyset_put(c->a, &c->moved, key_new(c->a, OBJ_INDEX, o->schema, o->parent, o->name), 0);
	return true;
}

/* A later step of an index or key constraint that moved after the main
 * transaction (its CLUSTER ON), or a comment on it, moves after it too:
 * in the main transaction the object does not exist yet. */
static bool follow_moved(struct online *c, const struct step *s)
{
	const struct object *t = s->object->kind == OBJ_COMMENT
					 ? ((const struct comment_obj *)s->object)->target
					 : s->object;
	if (!t || (t->kind != OBJ_INDEX && t->kind != OBJ_CONSTRAINT) ||
	    !keyset_get(&c->moved, t->kind, t->schema, t->parent, t->name, NULL))
		return false;
	struct step d = *s;
	d.transactional = false;
	d.needs_commit = false;
	push(c->later, &c->n_later, &d);
	return true;
}

/* "ALTER TABLE s.t VALIDATE CONSTRAINT c;" */
static const char *validate_sql(struct arena *a, const struct object *table_of, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	sql_alter_table(&sb, table_of);
	strbuf_adds(&sb, "VALIDATE CONSTRAINT ");
	sql_add_ident(&sb, name);
	const char *sql = finish(&sb, a);
	strbuf_release(&sb);
	return sql;
}

/* Whether foreign key o references a table this plan creates.  That
 * table starts empty, so every row with a key value fails the check: in
 * the transaction the failure undoes the whole plan, while a VALIDATE
 * after the commit would leave it half done (a replaced table's rows
 * gone, the key NOT VALID). */
static bool references_created_table(const struct online *c, const struct object *o)
{
	for (size_t d = 0; d < o->n_deps; d++) {
		/* the referenced table, its columns, or its key */
		const struct object *dep = object_dep(c->p->target, o, d);
		const char *table = dep->kind == OBJ_TABLE ? dep->name : dep->parent;
		if (table && keyset_get(&c->created, OBJ_TABLE, dep->schema, NULL, table, NULL))
			return true;
	}
	return false;
}

/* ADD CONSTRAINT c CHECK/FOREIGN KEY ... -> ... NOT VALID, VALIDATE later */
static bool rewrite_constraint(struct online *c, const struct step *s)
{
	const struct object *o = s->object;
	if (o->kind != OBJ_CONSTRAINT)
		return false;
	const struct constraint_obj *k = (const void *)o;
	size_t n = strlen(s->sql);
	static const char not_valid[] = " NOT VALID;";
	if ((k->contype != 'c' && k->contype != 'f') || !k->validated || !is_add_constraint(s) ||
	    (n >= sizeof(not_valid) - 1 && !strcmp(s->sql + n - (sizeof(not_valid) - 1), not_valid)))
		return false;
	const struct table_obj *live = live_table(c, o);
	if (!live || !keeps_parents(live, o) || (k->contype == 'f' && references_created_table(c, o)))
		return false;
	struct step t = *s;
	t.sql = arena_printf(c->a, "%.*s NOT VALID;", (int)(n - 1), s->sql);
	t.hazards &= ~(unsigned)HAZARD_LONG_LOCK;
	push(c->now, &c->n_now, &t);
	struct step v = deferred(s, validate_sql(c->a, o, o->name), "share update exclusive",
				 s->hazards & ~(unsigned)HAZARD_LONG_LOCK);
	push(c->later, &c->n_later, &v);
	return true;
}

/* ADD CONSTRAINT c UNIQUE/PRIMARY KEY (cols) ... -> later, CREATE UNIQUE
 * INDEX CONCURRENTLY c ON t (cols) ..., then ADD CONSTRAINT c ... USING
 * INDEX c, which takes the built index as it is.  Only for a constraint
 * the table did not have (a replaced one would leave the table without
 * it between the two transactions) and that no foreign key of the main
 * transaction needs. */
static bool rewrite_unique_constraint(struct online *c, const struct step *s, size_t i)
{
	const struct object *o = s->object;
	if (o->kind != OBJ_CONSTRAINT)
		return false;
	const struct constraint_obj *k = (const void *)o;
	const char *kind = k->contype == 'u' ? "UNIQUE" : k->contype == 'p' ? "PRIMARY KEY" : NULL;
	const struct table_obj *live = kind ? live_table(c, o) : NULL;
	size_t last_fk = 0;
	if (!live || !is_add_constraint(s) || !keeps_parents(live, o) || model_find(c->current, o) ||
	    keyset_get(&c->loses_unique, OBJ_TABLE, o->schema, NULL, o->parent, NULL) ||
	    (keyset_get(&c->fk_needs, OBJ_TABLE, o->schema, NULL, o->parent, &last_fk) &&
	     last_fk > i + 1) ||
	    (keyset_get(&c->fk_needs, OBJ_CONSTRAINT, o->schema, o->parent, o->name, &last_fk) &&
	     last_fk > i + 1))
		return false;
	/* def: KIND [NULLS NOT DISTINCT ](cols)[ INCLUDE (..)][ WITH (..)][ DEFERRABLE ..] */
	size_t n = constraint_deferral_at(k->def), head = strlen(kind) + 1;
	if (strncmp(k->def, kind, head - 1) || k->def[head - 1] != ' ')
		return false;
	static const char nnd[] = "NULLS NOT DISTINCT ";
	bool nulls_not_distinct = !strncmp(k->def + head, nnd, sizeof(nnd) - 1);
	if (nulls_not_distinct)
		head += sizeof(nnd) - 1;
	const char *rest = k->def + head;
	size_t rest_len = n - head;
	/* CREATE INDEX wants NULLS NOT DISTINCT before WITH: leave that pair */
	if (k->def[head] != '(' || (nulls_not_distinct && strstr(rest, " WITH (")))
		return false;

	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "CREATE UNIQUE INDEX CONCURRENTLY ");
	sql_add_ident(&sb, o->name);
	strbuf_adds(&sb, " ON ");
	sql_add_qualified(&sb, o->schema, o->parent);
	strbuf_addf(&sb, " %.*s%s", (int)rest_len, rest, nulls_not_distinct ? " NULLS NOT DISTINCT" : "");
	struct step d = deferred(s, finish(&sb, c->a), "share update exclusive",
				 s->hazards & ~(unsigned)HAZARD_LONG_LOCK);
	push(c->later, &c->n_later, &d);
	sql_alter_table(&sb, o);
	strbuf_adds(&sb, "ADD CONSTRAINT ");
	sql_add_ident(&sb, o->name);
	strbuf_addf(&sb, " %s USING INDEX ", kind);
	sql_add_ident(&sb, o->name);
	strbuf_adds(&sb, k->def + n);
	d = deferred(s, finish(&sb, c->a), "access exclusive", 0);
	push(c->later, &c->n_later, &d);
	strbuf_release(&sb);
	keyset_put(c->a, &c->moved, key_new(c->a, OBJ_CONSTRAINT, o->schema, o->parent, o->name), 0);
	return true;
}

/* The name of the temporary CHECK that proves a column NOT NULL: fixed for
 * the column, and no one names a constraint like this by chance. */
static const char *not_null_check_name(struct arena *a, const struct object *col)
{
	XXH3_state_t st;
	XXH3_INITSTATE(&st);
	XXH3_64bits_reset(&st);
	const char *parts[] = { col->schema, col->parent, col->name };
	for (size_t i = 0; i < ARRAY_SIZE(parts); i++) {
		size_t len = strlen(parts[i]); /* length-prefixed: ("ab","c") != ("a","bc") */
		XXH3_64bits_update(&st, &len, sizeof(len));
		XXH3_64bits_update(&st, parts[i], len);
	}
	return arena_printf(a, "schemadiff_nn_%016llx", (unsigned long long)XXH3_64bits_digest(&st));
}

/* ALTER COLUMN x SET NOT NULL -> a NOT VALID CHECK now, and later its
 * VALIDATE, the SET NOT NULL (which then skips the scan) and its DROP */
static bool rewrite_not_null(struct online *c, const struct step *s)
{
	const struct object *o = s->object;
	if (o->kind != OBJ_COLUMN || !o->schema || !o->parent)
		return false;
	struct strbuf sb = STRBUF_INIT;
	sql_alter_table(&sb, o);
	strbuf_adds(&sb, "ALTER COLUMN ");
	sql_add_ident(&sb, o->name);
	strbuf_adds(&sb, " SET NOT NULL;");
	bool match = !strcmp(s->sql, sb.buf);
	strbuf_reset(&sb);
	const struct table_obj *live = match ? live_table(c, o) : NULL;
	const struct column_obj *was = live ? (const void *)model_find(c->current, o) : NULL;
	const struct column_obj *to = (const void *)o;
	/* ADD GENERATED AS IDENTITY, in the same transaction, needs NOT NULL */
	if (!was || !keeps_parents(live, o) || (to->identity && !was->identity)) {
		strbuf_release(&sb);
		return false;
	}
	const char *tmp = not_null_check_name(c->a, o);
	struct step t = *s;
	sql_alter_table(&sb, o);
	strbuf_adds(&sb, "ADD CONSTRAINT ");
	sql_add_ident(&sb, tmp);
	strbuf_adds(&sb, " CHECK (");
	sql_add_ident(&sb, o->name);
	strbuf_adds(&sb, " IS NOT NULL) NOT VALID");
	t.sql = finish(&sb, c->a);
	t.hazards &= ~(unsigned)HAZARD_LONG_LOCK;
	t.lock = "access exclusive";
	t.user_text = false;
	push(c->now, &c->n_now, &t);

	unsigned rest = s->hazards & ~(unsigned)HAZARD_LONG_LOCK;
	struct step d = deferred(s, validate_sql(c->a, o, tmp), "share update exclusive", rest);
	push(c->later, &c->n_later, &d);
	d = deferred(s, s->sql, "access exclusive", 0);
	push(c->later, &c->n_later, &d);
	sql_alter_table(&sb, o);
	strbuf_adds(&sb, "DROP CONSTRAINT ");
	sql_add_ident(&sb, tmp);
	d = deferred(s, finish(&sb, c->a), "access exclusive", 0);
	push(c->later, &c->n_later, &d);
	strbuf_release(&sb);
	keyset_put(c->a, &c->not_null_later, key_new(c->a, OBJ_TABLE, o->schema, NULL, o->parent), 0);
	return true;
}

/* REPLICA IDENTITY USING INDEX wants the index's columns NOT NULL: on a
 * table whose SET NOT NULL moved after the transaction, it moves after
 * that (in place it would fail).  Steps of `now` are taken out in order. */
static void replica_identity_after_not_null(struct online *c)
{
	size_t keep = 0;
	for (size_t i = 0; i < c->n_now; i++) {
		const struct step *s = &c->now[i];
		const struct object *o = s->object;
		if (o && (o->kind == OBJ_INDEX || o->kind == OBJ_CONSTRAINT) &&
		    strstr(s->sql, " REPLICA IDENTITY USING INDEX ") &&
		    keyset_get(&c->not_null_later, OBJ_TABLE, o->schema, NULL, o->parent, NULL)) {
			struct step d = *s;
			d.transactional = false;
			d.needs_commit = false;
			push(c->later, &c->n_later, &d);
			continue;
		}
		c->now[keep++] = *s;
	}
	c->n_now = keep;
}

/* A change's hazards are those of all its statements: recount them for
 * the indexes, constraints and columns whose statements were rewritten. */
static void recount_hazards(struct online *c, struct plan *p, const struct step *old,
			    const bool *touched, size_t n_old)
{
	struct keyset acc = { 0 };
	for (size_t i = 0; i < n_old; i++) {
		const struct object *o = old[i].object;
		if (touched[i] && o->kind != OBJ_COMMENT)
			keyset_put(c->a, &acc, key_new(c->a, o->kind, o->schema, o->parent, o->name), 0);
	}
	if (!acc.n)
		return;
	for (size_t i = 0; i < p->n_steps; i++) {
		const struct object *o = p->steps[i].object;
		if (!o || (o->kind != OBJ_INDEX && o->kind != OBJ_CONSTRAINT && o->kind != OBJ_COLUMN))
			continue;
		struct object key = { .kind = o->kind, .schema = o->schema, .parent = o->parent,
				      .name = o->name };
		size_t *v = keyset_slot(&acc, &key);
		if (v)
			*v |= p->steps[i].hazards;
	}
	for (size_t s = 0; s < acc.n_slots; s++) {
		const struct object *k = acc.keys[s];
		if (!k)
			continue;
		const char *name = object_display_name(c->a, k);
		for (size_t l = 0; l < p->n_changes; l++)
			if (p->changes[l].kind == k->kind && !strcmp(p->changes[l].object, name))
				p->changes[l].hazards = (unsigned)acc.vals[s];
	}
}

/* A DROP of a unique index or of a UNIQUE or PRIMARY KEY constraint. */
static bool drops_unique(const struct step *s)
{
	const struct object *o = s->object;
	if (o->kind == OBJ_INDEX)
		return starts_with(s->sql, "DROP INDEX ") &&
		       starts_with(((const struct index_obj *)o)->def, "CREATE UNIQUE ");
	return o->kind == OBJ_CONSTRAINT && strchr("up", ((const struct constraint_obj *)o)->contype) &&
	       starts_with(s->sql, "ALTER TABLE ") && strstr(s->sql, " DROP CONSTRAINT ");
}

void plan_online(struct arena *a, struct plan *p, const struct model *current)
{
	struct online c = { .a = a, .p = p, .current = current };
	for (size_t i = 0; i < p->n_steps; i++) {
		const struct step *s = &p->steps[i];
		const struct object *o = s->object;
		if (!o)
			continue;
		if (o->kind == OBJ_TABLE && starts_with(s->sql, "CREATE "))
			keyset_put(a, &c.created, key_new(a, OBJ_TABLE, o->schema, NULL, o->name), 0);
		if (drops_unique(s))
			keyset_put(a, &c.loses_unique, key_new(a, OBJ_TABLE, o->schema, NULL, o->parent), 0);
		if (!is_fk_add(s))
			continue;
		/* the key it references: a unique index, or a key constraint
		 * (pg_depend's link to the constraint's index names the
		 * constraint, see depends.sql) */
		bool key_known = false;
		for (size_t d = 0; d < o->n_deps; d++) {
			const struct object *dep = object_dep(p->target, o, d);
			bool key = dep->kind == OBJ_INDEX ||
				   (dep->kind == OBJ_CONSTRAINT &&
				    strchr("pu", ((const struct constraint_obj *)dep)->contype));
			if (key)
				keyset_put(a, &c.fk_needs,
					   key_new(a, dep->kind, dep->schema, dep->parent, dep->name), i + 1);
			key_known = key_known || key;
		}
		/* else the referenced table, whatever key it has; its own
		 * table's columns are the referencing ones */
		for (size_t d = 0; d < o->n_deps && !key_known; d++) {
			const struct object *dep = object_dep(p->target, o, d);
			if (dep->kind == OBJ_COLUMN &&
			    (strcmp(dep->schema, o->schema) || strcmp(dep->parent, o->parent)))
				keyset_put(a, &c.fk_needs, key_new(a, OBJ_TABLE, dep->schema, NULL, dep->parent),
					   i + 1);
		}
	}
	/* each step becomes at most one in place and three deferred */
	c.now = arena_alloc(a, (p->n_steps + 1) * sizeof(*c.now));
	c.later = arena_alloc(a, (3 * p->n_steps + 1) * sizeof(*c.later));
	bool *was_touched = arena_alloc(a, p->n_steps + 1);
	for (size_t i = 0; i < p->n_steps; i++) {
		const struct step *s = &p->steps[i];
		size_t before = c.n_now + c.n_later;
		/* a step that already runs alone stays as it is */
		if (s->object && s->transactional &&
		    (rewrite_index(&c, s, i) || follow_moved(&c, s) ||
		     rewrite_constraint(&c, s) || rewrite_unique_constraint(&c, s, i) ||
		     rewrite_not_null(&c, s)))
			was_touched[i] = c.n_now + c.n_later > before;
		else
			push(c.now, &c.n_now, s);
	}
	replica_identity_after_not_null(&c);
	size_t n = c.n_now + c.n_later;
	struct step *steps = arena_alloc(a, (n + 1) * sizeof(*steps));
	if (c.n_now)
		memcpy(steps, c.now, c.n_now * sizeof(*steps));
	if (c.n_later)
		memcpy(steps + c.n_now, c.later, c.n_later * sizeof(*steps));
	const struct step *old = p->steps;
	size_t n_old = p->n_steps;
	p->steps = steps;
	p->n_steps = n;
	recount_hazards(&c, p, old, was_touched, n_old);
}
