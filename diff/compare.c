/*
 * compare.c: match two models by identity and decide each object's fate.
 *
 * Three passes:
 *  1. match: an object on one side only is created or dropped; one on both
 *     sides with a different fingerprint is altered, or rebuilt where
 *     PostgreSQL has no ALTER for the difference;
 *  2. rebuild closure: whatever survives but depends (pg_depend, current
 *     side) on a dropped or rebuilt object is rebuilt too, because the drop
 *     would take it along or refuse (a foreign key on a unique constraint);
 *  3. coverage: sub-objects that their owner's statement already handles.
 */
#include "changes.h"
#include "types.h"
#include "../common/arena.h"
#include "../common/quote.h"
#include "../common/strbuf.h"
#include "../common/util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Each model's objects know their place in it (object.index), so the
 * change of an object is one array lookup on the side it belongs to;
 * what is recorded there is c (see struct changeset). */
static void index_object(struct changeset *cs, const struct object *o, uint32_t c)
{
	size_t i = o->index;
	if (i < cs->cur->n && cs->cur->objects[i] == o)
		cs->of_cur[i] = c;
	if (i < cs->want->n && cs->want->objects[i] == o)
		cs->of_want[i] = c;
}

static uint32_t recorded(const struct changeset *cs, const struct object *o)
{
	size_t i = o->index;
	if (i < cs->cur->n && cs->cur->objects[i] == o)
		return cs->of_cur[i];
	if (i < cs->want->n && cs->want->objects[i] == o)
		return cs->of_want[i];
	return 0;
}

struct change *change_of(const struct changeset *cs, const struct object *o)
{
	uint32_t c = recorded(cs, o);
	return c && c != CHANGE_UNCHANGED ? &cs->v[c - 1] : NULL;
}

static struct change *add_change(struct changeset *cs, enum change_kind kind, struct object *from,
				 struct object *to)
{
	BUG_ON(cs->n >= cs->reserved);
	struct change *ch = &cs->v[cs->n++];
	*ch = (struct change){ .kind = kind, .from = from, .to = to, .drop_node = -1,
			       .main_node = -1, .release_node = -1, .inherit_node = -1 };
	uint32_t c = (uint32_t)cs->n;
	if (from)
		index_object(cs, from, c);
	if (to)
		index_object(cs, to, c);
	return ch;
}

/* The change of o (of the current side), made now if o was to stay as
 * it is: the rebuild closure is about to decide what it does after all. */
static struct change *change_for(struct changeset *cs, struct object *o)
{
	if (recorded(cs, o) != CHANGE_UNCHANGED)
		return change_of(cs, o);
	return add_change(cs, CHANGE_NONE, o, model_find(cs->want, o));
}

void changes_release(struct changeset *cs)
{
	if (cs->v)
		munmap(cs->v, cs->reserved * sizeof(*cs->v));
	cs->v = NULL;
}

/* Room for a change per object of both sides, mapped but touched only as
 * it is used: at 10,000 tables that is 13 MB, of which a plan changing 2%
 * of the objects writes a few pages. */
static struct change *reserve_changes(size_t n)
{
	void *p = mmap(NULL, n * sizeof(struct change), PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		die("out of memory");
	return p;
}

/* Old enum labels must keep their order inside the new list for
 * ALTER TYPE ... ADD VALUE to reach it; anything else needs a new type. */
static bool enum_only_adds(const struct enum_obj *from, const struct enum_obj *to)
{
	size_t j = 0;
	for (size_t i = 0; i < to->n_labels && j < from->n_labels; i++)
		if (!strcmp(to->labels[i], from->labels[j]))
			j++;
	return j == from->n_labels;
}

bool enum_has_label(const struct enum_obj *e, const char *label)
{
	for (size_t i = 0; i < e->n_labels; i++)
		if (!strcmp(e->labels[i], label))
			return true;
	return false;
}

bool enum_renames_labels(const struct enum_obj *from, const struct enum_obj *to)
{
	if (from->n_labels != to->n_labels)
		return false;
	bool renamed = false;
	for (size_t i = 0; i < from->n_labels; i++) {
		if (!strcmp(from->labels[i], to->labels[i]))
			continue;
		if (enum_has_label(to, from->labels[i]) || enum_has_label(from, to->labels[i]))
			return false;
		renamed = true;
	}
	return renamed;
}

/* ALTER TYPE ... DROP/ADD ATTRIBUTE keeps the remaining attributes in
 * order and appends new ones; ALTER ATTRIBUTE ... TYPE is refused while a
 * table column uses the type.  Anything else needs a new type. */
static bool composite_alterable(const struct model *cur, const struct composite_obj *f,
				const struct composite_obj *t)
{
	size_t j = 0; /* into t */
	bool retyped = false;
	for (size_t i = 0; i < f->n_attrs; i++) {
		if (j < t->n_attrs && !strcmp(f->attrs[i].name, t->attrs[j].name)) {
			retyped = retyped || strcmp(f->attrs[i].type, t->attrs[j].type) ||
				  strcmp_null(f->attrs[i].collation, t->attrs[j].collation);
			j++;
			continue;
		}
		for (size_t k = j; k < t->n_attrs; k++)
			if (!strcmp(f->attrs[i].name, t->attrs[k].name))
				return false; /* kept, but moved */
	}
	/* the rest of t must be new names */
	for (; j < t->n_attrs; j++)
		for (size_t i = 0; i < f->n_attrs; i++)
			if (!strcmp(f->attrs[i].name, t->attrs[j].name))
				return false;
	if (!retyped)
		return true;
	for (size_t u = 0; u < f->obj.n_users; u++)
		if (object_user(cur, &f->obj, u)->kind == OBJ_COLUMN)
			return false;
	return true;
}

size_t constraint_deferral_at(const char *def)
{
	size_t n = strlen(def);
	static const char *const tails[] = { " DEFERRABLE INITIALLY DEFERRED", " DEFERRABLE" };
	for (size_t i = 0; i < ARRAY_SIZE(tails); i++) {
		size_t k = strlen(tails[i]);
		if (n >= k && !strcmp(def + n - k, tails[i]))
			return n - k;
	}
	return n;
}

/* The length of an entry of a pg_get_function_arguments() list at p (up
 * to its ", " separator), or of its part before " DEFAULT " when
 * head_only: commas and words inside quotes or parentheses do not count. */
static size_t argument_len(const char *p, bool head_only)
{
	int depth = 0;
	char quote = 0;
	for (size_t i = 0; p[i]; i++) {
		char c = p[i];
		if (quote) {
			quote = c == quote ? 0 : quote; /* a doubled quote reopens at once */
			continue;
		}
		if (c == '\'' || c == '"')
			quote = c;
		else if (c == '(' || c == '[')
			depth++;
		else if (c == ')' || c == ']')
			depth--;
		else if (depth == 0 && c == ',' && p[i + 1] == ' ')
			return i;
		else if (depth == 0 && head_only && !strncmp(p + i, " DEFAULT ", 9))
			return i;
	}
	return strlen(p);
}

/* Whether two argument lists differ only in defaults, none taken away:
 * CREATE OR REPLACE may add or change a default, not remove one. */
static bool only_defaults_added(const char *f, const char *t)
{
	for (;;) {
		size_t fn = argument_len(f, false), tn = argument_len(t, false);
		size_t fh = argument_len(f, true), th = argument_len(t, true);
		if (fh > fn)
			fh = fn;
		if (th > tn)
			th = tn;
		if (fh != th || strncmp(f, t, fh) || (fh < fn && th == tn))
			return false;
		if (!f[fn] || !t[tn])
			return !f[fn] && !t[tn];
		f += fn + 2;
		t += tn + 2;
	}
}

/* from is an object of cur, to of the desired model */
static enum change_kind alter_or_rebuild(const struct model *cur, const struct object *from,
					 const struct object *to)
{
	switch (from->kind) {
	case OBJ_DOMAIN: {
		/* ALTER DOMAIN changes the default and NOT NULL, not the type */
		const struct domain_obj *f = (const void *)from, *t = (const void *)to;
		return !strcmp(f->base_type, t->base_type) && !strcmp_null(f->collation, t->collation)
			       ? CHANGE_ALTER
			       : CHANGE_REBUILD;
	}
	case OBJ_DOMAIN_CONSTRAINT: {
		const struct domain_constraint_obj *f = (const void *)from, *t = (const void *)to;
		return !strcmp(f->def, t->def) && !f->validated && t->validated ? CHANGE_ALTER
										: CHANGE_REBUILD;
	}
	case OBJ_COMPOSITE:
		return composite_alterable(cur, (const void *)from, (const void *)to) ? CHANGE_ALTER
										      : CHANGE_REBUILD;
	case OBJ_RANGE:
		return CHANGE_REBUILD;
	case OBJ_ENUM: {
		const struct enum_obj *f = (const void *)from, *t = (const void *)to;
		return enum_only_adds(f, t) || enum_renames_labels(f, t) ? CHANGE_ALTER
									 : CHANGE_REBUILD;
	}
	case OBJ_COLUMN: {
		const struct column_obj *f = (const void *)from, *t = (const void *)to;
		/* no ALTER changes a generation expression or makes a column
		 * generated; DROP EXPRESSION does turn it into a plain one */
		if (t->generated && (!f->generated || strcmp(f->default_expr, t->default_expr)))
			return CHANGE_REBUILD;
		return CHANGE_ALTER;
	}
	case OBJ_CONSTRAINT: {
		/* VALIDATE CONSTRAINT, and for a foreign key ALTER CONSTRAINT
		 * changes its deferrability; a constraint is never made NOT
		 * VALID again but by adding it anew */
		const struct constraint_obj *f = (const void *)from, *t = (const void *)to;
		size_t n = constraint_deferral_at(f->def);
		bool same_rule = !strcmp(f->def, t->def) ||
				 (f->contype == 'f' && n == constraint_deferral_at(t->def) &&
				  !strncmp(f->def, t->def, n));
		return same_rule && (t->validated || !f->validated) ? CHANGE_ALTER : CHANGE_REBUILD;
	}
	case OBJ_FUNCTION: {
		/* CREATE OR REPLACE keeps dependents, but only for the same
		 * arguments (names too; defaults may be added or changed),
		 * result and kind */
		const struct function_obj *f = (const void *)from, *t = (const void *)to;
		return (!strcmp(f->args, t->args) || only_defaults_added(f->args, t->args)) &&
				       !strcmp_null(f->result, t->result) &&
				       f->prokind == t->prokind
			       ? CHANGE_ALTER
			       : CHANGE_REBUILD;
	}
	case OBJ_VIEW: {
		/* CREATE OR REPLACE VIEW may only append output columns; its
		 * WITH (...) replaces the options (security_invoker, ...) */
		const struct view_obj *f = (const void *)from, *t = (const void *)to;
		size_t n = strlen(f->columns);
		bool appends = !strncmp(f->columns, t->columns, n) &&
			       (t->columns[n] == '\0' || !strncmp(t->columns + n, ", ", 2));
		return f->relkind == 'v' && t->relkind == 'v' && appends ? CHANGE_ALTER
									 : CHANGE_REBUILD;
	}
	case OBJ_STATISTICS:
		/* ALTER STATISTICS changes the target; anything else is made anew */
		return !strcmp(((const struct statistics_obj *)from)->def,
			       ((const struct statistics_obj *)to)->def)
			       ? CHANGE_ALTER
			       : CHANGE_REBUILD;
	case OBJ_POLICY: {
		/* ALTER POLICY cannot change the command or the kind, nor take
		 * away a USING or WITH CHECK clause */
		const struct policy_obj *f = (const void *)from, *t = (const void *)to;
		return f->permissive == t->permissive && !strcmp(f->cmd, t->cmd) &&
				       (!f->using_expr || t->using_expr) &&
				       (!f->check_expr || t->check_expr)
			       ? CHANGE_ALTER
			       : CHANGE_REBUILD;
	}
	case OBJ_TABLE: {
		/* no ALTER turns a table into a partitioned one, or a partition
		 * into a plain table (its columns would have to be invented) */
		const struct table_obj *f = (const void *)from, *t = (const void *)to;
		bool same_shape = !strcmp_null(f->partition_key, t->partition_key) &&
				  !f->partition_of == !t->partition_of &&
				  !strcmp_null(f->partition_of, t->partition_of);
		return same_shape ? CHANGE_ALTER : CHANGE_REBUILD;
	}
	case OBJ_TRIGGER: {
		/* ENABLE/DISABLE changes only the firing; CREATE OR REPLACE
		 * TRIGGER the rest (SHARE ROW EXCLUSIVE, not the ACCESS
		 * EXCLUSIVE of DROP TRIGGER), but not a constraint trigger */
		const struct trigger_obj *f = (const void *)from, *t = (const void *)to;
		static const char plain[] = "CREATE TRIGGER ";
		bool replaceable = !strncmp(f->def, plain, sizeof(plain) - 1) &&
				   !strncmp(t->def, plain, sizeof(plain) - 1);
		return !strcmp(f->def, t->def) || replaceable ? CHANGE_ALTER : CHANGE_REBUILD;
	}
	case OBJ_INDEX: /* ALTER TABLE ... CLUSTER ON changes the mark; nothing else alters one */
		return !strcmp(((const struct index_obj *)from)->def, ((const struct index_obj *)to)->def)
			       ? CHANGE_ALTER
			       : CHANGE_REBUILD;
	case OBJ_COLLATION:
		return CHANGE_REBUILD;
	default:
		return CHANGE_ALTER;
	}
}

/* def with "CREATE [UNIQUE] INDEX name ON " taken off (as
 * pg_get_indexdef() writes it), or NULL if it does not start so */
static const char *index_def_after_name(const struct object *ix)
{
	const char *def = ((const struct index_obj *)ix)->def;
	static const char *const heads[] = { "CREATE UNIQUE INDEX ", "CREATE INDEX " };
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		size_t n = strlen(heads[i]);
		if (strncmp(def, heads[i], n))
			continue;
		struct strbuf name = STRBUF_INIT;
		sql_add_ident(&name, ix->name);
		strbuf_adds(&name, " ON ");
		const char *rest = strncmp(def + n, name.buf, name.len) ? NULL : def + n + name.len;
		strbuf_release(&name);
		return rest;
	}
	return NULL;
}

/* An index or constraint that keeps its table and definition under a new
 * name: ALTER INDEX / ALTER TABLE ... RENAME, not a drop and a rebuild. */
static bool renamed(const struct object *from, const struct object *to)
{
	if (from->kind != to->kind || strcmp_null(from->schema, to->schema) ||
	    strcmp_null(from->parent, to->parent))
		return false;
	if (from->kind == OBJ_CONSTRAINT) {
		const struct constraint_obj *f = (const void *)from, *t = (const void *)to;
		return f->contype == t->contype && f->validated == t->validated && !strcmp(f->def, t->def);
	}
	const char *f = index_def_after_name(from), *t = index_def_after_name(to);
	return f && t && !strcmp(f, t);
}

/* Does name in the namespace of o (an index: its schema's relations; a
 * constraint: its table's constraints) belong to held? */
static bool holds_name(const struct object *held, const struct object *o, const char *name)
{
	return held->kind == o->kind && !strcmp_null(held->schema, o->schema) &&
	       (o->kind != OBJ_CONSTRAINT || !strcmp_null(held->parent, o->parent)) &&
	       !strcmp(held->name, name);
}

/* Would renaming was to to's name close a cycle of renames (X to Y while
 * Y goes to X)?  Each would wait for the other's old name to go.  The n
 * renames paired so far are from[k] to to_names[k]. */
static bool rename_closes_cycle(struct object *const *from, const char *const *to_names, size_t n,
				const struct object *was, const struct object *to)
{
	const char *name = to->name; /* must be free first */
	for (size_t steps = 0; steps <= n; steps++) {
		if (holds_name(was, was, name))
			return true; /* freed only by this very rename */
		size_t k = 0;
		while (k < n && !holds_name(from[k], was, name))
			k++;
		if (k == n)
			return false; /* held by nothing renamed away */
		name = to_names[k];
	}
	return true;
}

/* The same key, told by pointers alone: true only when every key string is
 * the very same copy (false says nothing). */
static bool object_same_key_interned(const struct object *a, const struct object *b)
{
	return a->kind == b->kind && a->schema == b->schema && a->parent == b->parent &&
	       a->name == b->name && object_signature(a) == object_signature(b);
}

static void match(struct arena *a, const struct model *cur, const struct model *want,
		  struct changeset *cs)
{
	cs->cur = cur;
	cs->want = want;
	cs->of_cur = arena_alloc(a, (cur->n + 1) * sizeof(*cs->of_cur));
	cs->of_want = arena_alloc(a, (want->n + 1) * sizeof(*cs->of_want));
	/* every object has at most one change: one per object of either side
	 * is room for all, with a repeated key too */
	cs->reserved = cur->n + want->n + 1;
	cs->v = reserve_changes(cs->reserved);
	/* both sides are sorted by key: one walk finds each object's match,
	 * the first of a repeated key as model_find() would */
	/* indexes and constraints with no match wait: one may be renamed */
	struct object **gone = xmalloc((cur->n + 1) * sizeof(*gone)); /* scratch */
	size_t n_gone = 0;
	size_t j = 0;
	for (size_t i = 0; i < cur->n; i++) {
		struct object *from = cur->objects[i];
		/* most objects are on both sides, with the very same key strings
		 * (the two models intern into one table): pointers tell, and the
		 * strings themselves are not read */
		int c = j < want->n && object_same_key_interned(want->objects[j], from) ? 0 : 1;
		while (c && j < want->n && (c = object_compare(want->objects[j], from)) < 0)
			j++;
		struct object *to = c == 0 ? want->objects[j] : NULL;
		if (!to && (from->kind == OBJ_INDEX || from->kind == OBJ_CONSTRAINT)) {
			gone[n_gone++] = from;
		} else if (!to) {
			add_change(cs, CHANGE_DROP, from, NULL);
		} else if (object_same_definition(from, to)) {
			index_object(cs, from, CHANGE_UNCHANGED);
			index_object(cs, to, CHANGE_UNCHANGED);
		} else {
			add_change(cs, alter_or_rebuild(cur, from, to), from, to);
		}
	}
	/* the renames paired so far; a swap of two names is no rename (it
	 * could not be ordered): one side is dropped and created instead */
	struct object **renamed_from = xmalloc((n_gone + 1) * sizeof(*renamed_from));
	const char **renamed_to = xmalloc((n_gone + 1) * sizeof(*renamed_to));
	size_t n_renamed = 0;
	for (size_t i = 0; i < want->n; i++) {
		/* what recorded() would say, without a visit to every object of
		 * the model again: want->objects[i]->index is i */
		if (cs->of_want[i])
			continue;
		struct object *to = want->objects[i];
		struct object *was = NULL;
		bool may_be_renamed = to->kind == OBJ_INDEX || to->kind == OBJ_CONSTRAINT;
		for (size_t k = 0; may_be_renamed && !was && k < n_gone; k++)
			if (gone[k] && renamed(gone[k], to) &&
			    !rename_closes_cycle(renamed_from, renamed_to, n_renamed, gone[k], to)) {
				was = gone[k], gone[k] = NULL;
				renamed_from[n_renamed] = was, renamed_to[n_renamed++] = to->name;
			}
		add_change(cs, was ? CHANGE_ALTER : CHANGE_CREATE, was, to);
	}
	free(renamed_from);
	free(renamed_to);
	for (size_t k = 0; k < n_gone; k++)
		if (gone[k])
			add_change(cs, CHANGE_DROP, gone[k], NULL);
	free(gone);
}

/* The changes made by the rebuild closure were added last: each goes
 * back to its object's place, as if match() had made it, so every later
 * pass sees the changes in the same order whatever the closure did. */
struct placed {
	size_t key; /* the current side's objects first, then the creates */
	uint32_t at;
};

static int by_key(const void *x, const void *y)
{
	const struct placed *a = x, *b = y;
	return (a->key > b->key) - (a->key < b->key);
}

static void restore_order(struct changeset *cs)
{
	struct placed *p = xmalloc((cs->n + 1) * sizeof(*p)); /* scratch */
	bool sorted = true;
	for (size_t i = 0; i < cs->n; i++) {
		const struct change *ch = &cs->v[i];
		p[i] = (struct placed){ ch->from ? ch->from->index : cs->cur->n + ch->to->index,
					(uint32_t)i };
		sorted = sorted && (i == 0 || p[i - 1].key < p[i].key);
	}
	if (sorted) {
		free(p);
		return;
	}
	qsort(p, cs->n, sizeof(*p), by_key);
	uint32_t *moved_to = xmalloc((cs->n + 1) * sizeof(*moved_to)); /* scratch */
	for (size_t i = 0; i < cs->n; i++)
		moved_to[p[i].at] = (uint32_t)i;
	struct change *v = reserve_changes(cs->reserved);
	for (size_t i = 0; i < cs->n; i++) {
		struct change *ch = &v[i];
		*ch = cs->v[p[i].at];
		if (ch->drop_cover)
			ch->drop_cover = &v[moved_to[ch->drop_cover - cs->v]];
		if (ch->create_cover)
			ch->create_cover = &v[moved_to[ch->create_cover - cs->v]];
		if (ch->from)
			index_object(cs, ch->from, (uint32_t)i + 1);
		if (ch->to)
			index_object(cs, ch->to, (uint32_t)i + 1);
	}
	munmap(cs->v, cs->reserved * sizeof(*cs->v));
	cs->v = v;
	free(moved_to);
	free(p);
}

/* A function or type made by the plan starts with PUBLIC's default
 * privilege; where the desired state does not grant it, it is revoked. */
static void mark_public_defaults(struct arena *a, const struct model *want, struct changeset *cs)
{
	if (!want->has_privileges)
		return;
	for (size_t i = 0; i < cs->n; i++) {
		struct change *ch = &cs->v[i];
		if ((ch->kind != CHANGE_CREATE && ch->kind != CHANGE_REBUILD) ||
		    !kind_has_public_default(ch->to->kind))
			continue;
		struct object_extra extra = { .signature = object_signature(ch->to) };
		struct object key = { .kind = OBJ_PRIVILEGE, .schema = ch->to->schema,
				      .name = ch->to->name, .extra = &extra,
				      .parent = privilege_key_parent(a, ch->to, false, "") };
		ch->revoke_public = !model_find(want, &key);
	}
}

/* o is an object of m */
static bool depends_on_key(const struct model *m, const struct object *o,
			   const struct object *key)
{
	for (size_t i = 0; i < o->n_deps; i++)
		if (object_same_key(object_dep(m, o, i), key))
			return true;
	return false;
}

/* What a surviving dependent of a dropped or rebuilt object must do. */
static void propagate(struct changeset *cs, struct change *user, const struct change *gone,
		      struct change **work, size_t *nwork)
{
	if (user->kind == CHANGE_DROP || user->kind == CHANGE_CREATE || user->kind == CHANGE_REBUILD)
		return;
	if (user->from->kind == OBJ_VIEW_COLUMN) {
		/* only its view can remake a view's column: rebuild the view */
		struct change *view = change_for(cs, user->from->owner);
		if (view && (view->kind == CHANGE_NONE || view->kind == CHANGE_ALTER)) {
			view->kind = CHANGE_REBUILD;
			work[(*nwork)++] = view;
		}
		if (view && view->kind == CHANGE_REBUILD) {
			user->kind = CHANGE_REBUILD;
			user->drop_cover = user->create_cover = view;
			work[(*nwork)++] = user;
		}
		return;
	}
	if ((user->from->kind == OBJ_COLUMN || user->from->kind == OBJ_VIEW_COLUMN) &&
	    gone->kind == CHANGE_REBUILD && user->from->owner == gone->from) {
		/* a rebuilt table's or view's columns go and come back with it */
		user->kind = CHANGE_REBUILD;
		user->drop_cover = user->create_cover = (struct change *)gone;
		work[(*nwork)++] = user;
		return;
	}
	if (user->from->kind == OBJ_COLUMN && !((struct column_obj *)user->from)->generated) {
		/* A column is never dropped for a dependency: it holds data.
		 * Onto a rebuilt enum, domain or composite type it is re-cast;
		 * around a rebuilt function its default is dropped and set
		 * again; any other dependency it loses is one its own ALTER
		 * already changes.  A range type cannot step aside (its
		 * constructor functions keep their names), so a column of a
		 * rebuilt range type is rebuilt with it: a data-loss hazard. */
		if (gone->kind == CHANGE_REBUILD && gone->from->kind == OBJ_RANGE &&
		    user->to && depends_on_key(cs->want, user->to, gone->from)) {
			user->kind = CHANGE_REBUILD;
			work[(*nwork)++] = user;
		} else if (gone->kind == CHANGE_REBUILD && kind_is_swapped_type(gone->from->kind)) {
			user->kind = CHANGE_ALTER;
			user->retype = true;
		} else if ((gone->kind == CHANGE_REBUILD || gone->kind == CHANGE_DROP) &&
			   gone->from->kind == OBJ_FUNCTION && user->to) {
			/* dropped: the desired default calls its successor (an
			 * overload with an added argument, say) */
			user->kind = CHANGE_ALTER;
			user->redefault = true;
		}
		return;
	}
	if (user->from->kind == OBJ_DOMAIN && user->to && user->kind != CHANGE_REBUILD &&
	    (gone->kind == CHANGE_REBUILD || gone->kind == CHANGE_DROP) &&
	    gone->from->kind == OBJ_FUNCTION) {
		/* only its default calls functions (its checks are objects of
		 * their own): dropped before the function goes and set again
		 * after, as a column's is, rather than a swap of the domain */
		user->kind = CHANGE_ALTER;
		user->redefault = true;
		return;
	}
	/* An ALTER that moves the object off what goes away (an extension
	 * changing schema) handles the dependency itself.  Not off a
	 * function: a view replaced while the old overload still exists
	 * binds to it again (an exact match), and then it cannot go. */
	if (user->kind == CHANGE_ALTER && gone->from->kind != OBJ_FUNCTION &&
	    !depends_on_key(cs->want, user->to, gone->from))
		return;
	user->kind = CHANGE_REBUILD;
	work[(*nwork)++] = user;
}

static bool column_type_changes(const struct change *ch)
{
	if (ch->kind != CHANGE_ALTER || ch->from->kind != OBJ_COLUMN)
		return false;
	if (ch->retype)
		return true; /* re-cast onto a rebuilt type: an ALTER TYPE all the same */
	const struct column_obj *f = (const void *)ch->from, *t = (const void *)ch->to;
	return strcmp(f->type, t->type) || (f->collation != t->collation &&
					    (!f->collation || !t->collation || strcmp(f->collation, t->collation)));
}

/* What PostgreSQL will not let column ch change type under: a view, a
 * policy or trigger naming it, a stored generated column computed from
 * it, a foreign key whose other side would no longer compare with it. */
static bool blocks_type_change(const struct change *ch, const struct object *o)
{
	if (o->kind == OBJ_CONSTRAINT && ((const struct constraint_obj *)o)->contype == 'f') {
		const struct column_obj *f = (const void *)ch->from, *t = (const void *)ch->to;
		return ch->retype || !comparable_types(f->type, t->type);
	}
	/* PostgreSQL re-creates a check or an index on a re-typed column from
	 * its printed text, and for the shape respell.c knows (a varchar
	 * IN-list) that text makes another tree than the one the files make:
	 * it is dropped and made again from the user's text instead */
	if ((o->kind == OBJ_CONSTRAINT || o->kind == OBJ_INDEX) && object_alt_definition(o))
		return true;
	/* PostgreSQL makes a statistics object on it again, without its target */
	if (o->kind == OBJ_STATISTICS)
		return ((const struct statistics_obj *)o)->stat_target != NULL;
	/* a function depends on a column only through an SQL-standard body */
	return o->kind == OBJ_VIEW || o->kind == OBJ_POLICY || o->kind == OBJ_TRIGGER ||
	       o->kind == OBJ_FUNCTION ||
	       (o->kind == OBJ_COLUMN && ((const struct column_obj *)o)->generated);
}

/* An SQL-standard body (RETURN ..., BEGIN ATOMIC ... END) is parsed when
 * the function is made, not a string (AS '...') parsed at each call. */
static bool has_sql_body(const struct object *o)
{
	if (o->kind != OBJ_FUNCTION)
		return false;
	/* pg_get_functiondef(): the header, its clauses indented, the body */
	const char *def = ((const struct function_obj *)o)->def;
	for (const char *p = strchr(def, '\n'); p; p = strchr(p + 1, '\n'))
		if (p[1] != ' ')
			return strncmp(p + 1, "AS ", 3) != 0;
	return false;
}

/* Such a function that takes table's row type stops PostgreSQL from
 * re-typing any of its columns or adding one it must check or fill: it is
 * dropped before and made again after. */
static void rebuild_row_type_users(struct changeset *cs, const struct object *table,
				   struct change **work, size_t *nwork)
{
	for (size_t u = 0; table && u < table->n_users; u++) {
		struct object *o = object_user(cs->cur, table, u);
		struct change *user = has_sql_body(o) ? change_for(cs, o) : NULL;
		if (user && (user->kind == CHANGE_NONE || user->kind == CHANGE_ALTER)) {
			user->kind = CHANGE_REBUILD;
			work[(*nwork)++] = user;
		}
	}
}

/* Whether a partition key ("LIST (r)", "RANGE (a, lower(b))") names the
 * column: an identifier in it, bare or quoted, equal to the name. */
static bool in_partition_key(const char *key, const char *column)
{
	const char *p = key ? strchr(key, '(') : NULL;
	while (p && *p) {
		if (*p == '"') {
			const char *q = p + 1;
			struct strbuf id = STRBUF_INIT;
			for (; *q && !(*q == '"' && q[1] != '"'); q++) {
				if (*q == '"')
					q++;
				strbuf_addch(&id, *q);
			}
			bool hit = !strcmp(id.buf, column);
			strbuf_release(&id);
			if (hit)
				return true;
			p = *q ? q + 1 : q;
		} else if (*p == '_' || (*p >= 'a' && *p <= 'z')) {
			size_t n = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789_$");
			if (n == strlen(column) && !strncmp(p, column, n))
				return true;
			p += n;
		} else {
			p++;
		}
	}
	return false;
}

/* Whether the table or a partition under it (a partition may be
 * partitioned again) is partitioned by the column. */
static bool partitioned_by(const struct model *m, const struct object *table, const char *column,
			   int depth)
{
	if (in_partition_key(((const struct table_obj *)table)->partition_key, column))
		return true;
	for (size_t u = 0; depth < 32 && u < table->n_users; u++) {
		const struct object *p = object_user(m, table, u);
		if (p->kind == OBJ_TABLE && ((const struct table_obj *)p)->partition_of &&
		    partitioned_by(m, p, column, depth + 1))
			return true;
	}
	return false;
}

/* ALTER COLUMN TYPE on a parent goes down to its children's and
 * partitions' copies of the column and resets their storage and
 * compression: a child that keeps its own has an alter, which sets them
 * again (render_settings.c), at any depth. */
static void alter_children_resetting(struct changeset *cs, struct object *table,
				     const char *column, int depth)
{
	for (size_t u = 0; depth < 32 && u < table->n_users; u++) {
		struct object *child = object_user(cs->cur, table, u);
		if (child->kind != OBJ_TABLE)
			continue;
		const struct table_obj *t = (const void *)child;
		for (size_t i = 0; i < t->n_inherited; i++) {
			const struct column_settings *s = &t->inherited[i].settings;
			if (strcmp(t->inherited[i].column, column) || (!s->storage && !s->compression))
				continue;
			struct change *c = change_for(cs, child);
			if (c && c->kind == CHANGE_NONE && c->to)
				c->kind = CHANGE_ALTER;
		}
		alter_children_resetting(cs, child, column, depth + 1);
	}
}

/* PostgreSQL cannot change the type of a partition key's column: the
 * partitioned table is rebuilt instead, its partitions and their rows
 * with it (flagged data-loss, like any dropped table). */
static void rebuild_partitioned_by(struct changeset *cs, struct object *column,
				   struct change **work, size_t *nwork)
{
	struct object *table = column->owner;
	if (!table || table->kind != OBJ_TABLE || !partitioned_by(cs->cur, table, column->name, 0))
		return;
	struct change *t = change_for(cs, table);
	if (t && (t->kind == CHANGE_NONE || t->kind == CHANGE_ALTER)) {
		t->kind = CHANGE_REBUILD;
		work[(*nwork)++] = t;
	}
}

/* A column added with a default or NOT NULL to a table the current model
 * has: PostgreSQL fills or checks every row.  Its table, or NULL. */
static const struct object *table_checked_by_new_column(const struct changeset *cs,
							const struct change *ch)
{
	if (ch->kind != CHANGE_CREATE || ch->to->kind != OBJ_COLUMN || !ch->to->owner)
		return NULL;
	const struct column_obj *c = (const void *)ch->to;
	if (!c->default_expr && !c->not_null)
		return NULL;
	return model_find(cs->cur, ch->to->owner);
}

/* What keeps a function's results: an index on an expression or with a
 * predicate that calls it, a CHECK or exclusion constraint (checked once,
 * when added), a stored generated column. */
static bool stores_results(const struct object *o)
{
	if (o->kind == OBJ_INDEX)
		return true;
	if (o->kind == OBJ_CONSTRAINT)
		return strchr("cx", ((const struct constraint_obj *)o)->contype) != NULL;
	return o->kind == OBJ_COLUMN && ((const struct column_obj *)o)->generated;
}

/* pg_get_functiondef() writes a function's attributes on one line of their
 * own, after LANGUAGE: " IMMUTABLE PARALLEL SAFE STRICT COST 5". */
static bool is_attribute_line(const char *line)
{
	static const char *const first[] = { " IMMUTABLE", " STABLE", " PARALLEL ", " STRICT",
					     " SECURITY DEFINER", " LEAKPROOF", " COST ", " ROWS ",
					     " SUPPORT " };
	for (size_t i = 0; i < ARRAY_SIZE(first); i++)
		if (!strncmp(line, first[i], strlen(first[i])))
			return true;
	return false;
}

static bool line_has_word(const char *line, size_t len, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = line; p + n <= line + len; p++)
		if (!strncmp(p, word, n) && (p + n == line + len || p[n] == ' '))
			return true;
	return false;
}

/* Whether two definitions of one function can give different results:
 * the body, language and SET options count, and of the attributes STRICT
 * (NULL in, NULL out) and SECURITY DEFINER (current_user); volatility,
 * PARALLEL, LEAKPROOF, COST, ROWS and SUPPORT only guide the planner. */
static bool results_may_change(const char *a, const char *b)
{
	const char *defs[2] = { a, b };
	bool strict[2] = { false, false }, definer[2] = { false, false };
	for (;;) {
		size_t len[2];
		for (int k = 0; k < 2; k++) {
			while (*defs[k] && is_attribute_line(defs[k])) {
				size_t n = strcspn(defs[k], "\n");
				strict[k] = line_has_word(defs[k], n, " STRICT");
				definer[k] = line_has_word(defs[k], n, " SECURITY DEFINER");
				defs[k] += n + (defs[k][n] == '\n');
			}
			len[k] = strcspn(defs[k], "\n");
		}
		if (len[0] != len[1] || strncmp(defs[0], defs[1], len[0]))
			return true;
		if (!defs[0][len[0]])
			return strict[0] != strict[1] || definer[0] != definer[1];
		for (int k = 0; k < 2; k++)
			defs[k] += len[k] + 1;
	}
}

/* CREATE OR REPLACE FUNCTION keeps everything that calls the function, but
 * what stored its old results keeps them: an index would answer with the
 * old keys, a generated column hold old values, a check have passed rows
 * the new body refuses.  Those are rebuilt (a generated column's values
 * are computed again; nothing is lost). */
static void rebuild_stored_results(struct changeset *cs, const struct change *fn,
				   struct change **work, size_t *nwork)
{
	for (size_t u = 0; u < fn->from->n_users; u++) {
		struct object *o = object_user(cs->cur, fn->from, u);
		struct change *user = stores_results(o) ? change_for(cs, o) : NULL;
		if (user && (user->kind == CHANGE_NONE || user->kind == CHANGE_ALTER)) {
			user->kind = CHANGE_REBUILD;
			work[(*nwork)++] = user;
		}
	}
}

/* Whether a column of a table holds o's values inside another type: an
 * array of it, or a composite or range type built on it, or the same of a
 * domain over it (o of m; depth bounds a walk that types cannot loop). */
static bool held_in_container(const struct model *m, const struct object *o, bool inside,
			      int depth)
{
	for (size_t u = 0; depth < 32 && u < o->n_users; u++) {
		const struct object *user = object_user(m, o, u);
		if (user->kind == OBJ_DOMAIN || user->kind == OBJ_COMPOSITE || user->kind == OBJ_RANGE) {
			if (held_in_container(m, user, inside || user->kind != OBJ_DOMAIN, depth + 1))
				return true;
		} else if (user->kind == OBJ_COLUMN) {
			const char *type = ((const struct column_obj *)user)->type;
			if (inside || (type[0] && type[strlen(type) - 1] == ']'))
				return true;
		}
	}
	return false;
}

/* PostgreSQL checks a domain's new CHECK or NOT NULL against the columns
 * of the domain (or of a domain over it), and refuses ALTER DOMAIN ... ADD
 * CONSTRAINT, VALIDATE CONSTRAINT and SET NOT NULL outright when a column
 * holds it inside an array, composite or range.  Such a domain is swapped
 * instead, as for a new base type: a new domain, the columns re-cast. */
static void swap_domains_held_in_containers(struct changeset *cs)
{
	size_t n = cs->n; /* the changes this adds need no visit */
	for (size_t i = 0; i < n; i++) {
		const struct change *ch = &cs->v[i];
		const struct object *domain = NULL;
		if (ch->to && ch->to->kind == OBJ_DOMAIN_CONSTRAINT && ch->kind != CHANGE_NONE &&
		    ((const struct domain_constraint_obj *)ch->to)->validated)
			domain = object_dep_of_kind(cs->want, ch->to, OBJ_DOMAIN);
		else if (ch->kind == CHANGE_ALTER && ch->to->kind == OBJ_DOMAIN &&
			 ((const struct domain_obj *)ch->to)->not_null &&
			 !((const struct domain_obj *)ch->from)->not_null)
			domain = ch->to;
		struct object *was = domain ? model_find(cs->cur, domain) : NULL;
		if (!was || !held_in_container(cs->cur, was, false, 0))
			continue;
		struct change *swap = change_for(cs, was);
		if (swap && swap->kind != CHANGE_DROP)
			swap->kind = CHANGE_REBUILD;
	}
}

static void rebuild_closure(struct changeset *cs)
{
	/* a change is pushed when it becomes a rebuild or a drop: once */
	struct change **work = xmalloc(cs->reserved * sizeof(*work)); /* scratch */
	size_t nwork = 0;
	for (size_t i = 0; i < cs->n; i++)
		if (cs->v[i].kind == CHANGE_REBUILD || cs->v[i].kind == CHANGE_DROP)
			work[nwork++] = &cs->v[i];
	/* until nothing moves: a rebuilt enum makes its columns re-cast, and a
	 * re-cast column needs its views, policies and triggers rebuilt */
	for (bool again = true; again;) {
		while (nwork > 0) {
			struct change *ch = work[--nwork];
			if (ch->kind != CHANGE_REBUILD && ch->kind != CHANGE_DROP)
				continue;
			for (size_t u = 0; u < ch->from->n_users; u++) {
				struct change *user = change_for(cs, object_user(cs->cur, ch->from, u));
				if (user)
					propagate(cs, user, ch, work, &nwork);
			}
		}
		for (size_t i = 0; i < cs->n; i++) {
			struct change *ch = &cs->v[i];
			if (ch->kind == CHANGE_ALTER && ch->from->kind == OBJ_FUNCTION) {
				const struct function_obj *f = (const void *)ch->from,
							  *t = (const void *)ch->to;
				if (results_may_change(f->def, t->def))
					rebuild_stored_results(cs, ch, work, &nwork);
				continue;
			}
			if (ch->kind == CHANGE_CREATE) {
				rebuild_row_type_users(cs, table_checked_by_new_column(cs, ch), work,
						       &nwork);
				continue;
			}
			if (!column_type_changes(ch))
				continue;
			rebuild_row_type_users(cs, ch->from->owner, work, &nwork);
			rebuild_partitioned_by(cs, ch->from, work, &nwork);
			if (ch->from->owner)
				alter_children_resetting(cs, ch->from->owner, ch->from->name, 0);
			for (size_t u = 0; u < ch->from->n_users; u++) {
				if (!blocks_type_change(ch, object_user(cs->cur, ch->from, u)))
					continue;
				struct change *user = change_for(cs, object_user(cs->cur, ch->from, u));
				if (user && (user->kind == CHANGE_NONE || user->kind == CHANGE_ALTER)) {
					user->kind = CHANGE_REBUILD;
					work[nwork++] = user;
				}
			}
		}
		again = nwork > 0;
	}
	free(work);
}

static bool references_other_dropped_table(const struct changeset *cs, const struct object *fk)
{
	for (size_t d = 0; d < fk->n_deps; d++) {
		const struct object *dep = object_dep(cs->cur, fk, d);
		const struct object *table = dep->kind == OBJ_TABLE ? dep : dep->owner;
		if (!table || table == fk->owner)
			continue;
		const struct change *tch = change_of(cs, table);
		if (tch && tch->kind == CHANGE_DROP)
			return true;
	}
	return false;
}

/* Does table `t` (of model m) have a parent with the key of `parent`?
 * Inheritance is a dependency of the child on its parent (pg_depend). */
static bool has_parent_like(const struct model *m, const struct object *t,
			    const struct object *parent)
{
	for (size_t d = 0; t && d < t->n_deps; d++)
		if (object_same_key(object_dep(m, t, d), parent))
			return true;
	return false;
}

/* A column like col of a parent of table `of` (in m) that `other` (the
 * same table in om) does not have, or NULL. */
static const struct object *column_of_parent(const struct model *m, const struct object *of,
					     const struct model *om, const struct object *other,
					     const struct column_obj *col)
{
	for (size_t d = 0; d < of->n_deps; d++) {
		const struct object *parent = object_dep(m, of, d);
		if (parent->kind != OBJ_TABLE || has_parent_like(om, other, parent))
			continue;
		for (size_t u = 0; u < parent->n_users; u++) {
			const struct object *c = object_user(m, parent, u);
			if (c->kind == OBJ_COLUMN && c->owner == parent && !strcmp(c->name, col->obj.name) &&
			    !strcmp(((const struct column_obj *)c)->type, col->type))
				return c;
		}
	}
	return NULL;
}

/* A column that appears on a child as it stops inheriting a parent's
 * (PostgreSQL keeps the inherited column as the child's own), or goes from
 * a child as it starts inheriting the parent's (INHERIT merges the two):
 * part of the table's NO INHERIT / INHERIT, not an ADD or DROP COLUMN.
 * The table's change, or NULL. */
static struct change *inheritance_covers(struct changeset *cs, struct change *ch)
{
	bool create = ch->kind == CHANGE_CREATE;
	const struct object *col = create ? ch->to : ch->from;
	if ((!create && ch->kind != CHANGE_DROP) || col->kind != OBJ_COLUMN || !col->owner)
		return NULL;
	struct change *t = change_of(cs, col->owner);
	if (!t || t->kind != CHANGE_ALTER || t->from->kind != OBJ_TABLE)
		return NULL;
	/* a created column: a parent the table leaves (as it was); a dropped
	 * one: a parent it joins (as it will be) */
	const struct column_obj *c = (const void *)col;
	return (create ? column_of_parent(cs->cur, t->from, cs->want, t->to, c)
		       : column_of_parent(cs->want, t->to, cs->cur, t->from, c))
		       ? t
		       : NULL;
}

static void cover(struct changeset *cs)
{
	for (size_t i = 0; i < cs->n; i++) {
		struct change *ch = &cs->v[i];
		/* a view's columns are made and dropped only by the view */
		const struct object *col = ch->to ? ch->to : ch->from;
		if (col->kind == OBJ_VIEW_COLUMN) {
			struct change *v = change_of(cs, col->owner);
			if (ch->kind == CHANGE_CREATE)
				ch->create_cover = v;
			if (ch->kind == CHANGE_DROP)
				ch->drop_cover = v;
			continue;
		}
		struct change *inherit = inheritance_covers(cs, ch);
		if (inherit) {
			if (ch->kind == CHANGE_CREATE)
				ch->create_cover = inherit;
			else
				ch->drop_cover = inherit;
			continue;
		}
		/* a rebuilt table is dropped and created like the others */
		if (ch->kind == CHANGE_CREATE && ch->to->owner) {
			struct change *t = change_of(cs, ch->to->owner);
			if (t && (t->kind == CHANGE_CREATE || t->kind == CHANGE_REBUILD)) {
				ch->owner_new = true;
				if (ch->to->kind == OBJ_COLUMN)
					ch->create_cover = t;
			}
		}
		if (ch->kind != CHANGE_DROP || !ch->from->owner)
			continue;
		struct change *t = change_of(cs, ch->from->owner);
		if (!t || (t->kind != CHANGE_DROP && t->kind != CHANGE_REBUILD))
			continue;
		/* Two dropped tables that reference each other: each foreign key
		 * is dropped on its own first, or neither table could go. */
		if (ch->from->kind == OBJ_CONSTRAINT &&
		    ((struct constraint_obj *)ch->from)->contype == 'f' &&
		    references_other_dropped_table(cs, ch->from))
			continue;
		ch->drop_cover = t;
	}
	/* DROP TABLE also drops the sequences its columns own */
	for (size_t i = 0; i < cs->n; i++) {
		struct change *ch = &cs->v[i];
		if (ch->kind != CHANGE_DROP || ch->from->kind != OBJ_SEQUENCE_OWNER)
			continue;
		struct change *table = NULL, *seq = NULL;
		for (size_t d = 0; d < ch->from->n_deps; d++) {
			struct object *dep = object_dep(cs->cur, ch->from, d);
			if (dep->kind == OBJ_COLUMN && dep->owner)
				table = change_of(cs, dep->owner);
			if (dep->kind == OBJ_SEQUENCE)
				seq = change_of(cs, dep);
		}
		if (table && table->kind == CHANGE_DROP && seq && seq->kind == CHANGE_DROP) {
			seq->drop_cover = table;
			ch->drop_cover = table;
		}
	}
}

/* The part of an index definition that CREATE INDEX on a partitioned
 * table compares with a partition's own indexes: uniqueness, then what
 * follows " USING " (method, columns, opclasses, predicate). */
static bool same_index_shape(const struct object *a, const struct object *b)
{
	const char *da = ((const struct index_obj *)a)->def, *db = ((const struct index_obj *)b)->def;
	const char *ua = strstr(da, " USING "), *ub = strstr(db, " USING ");
	return ua && ub && !strncmp(da, "CREATE UNIQUE ", 14) == !strncmp(db, "CREATE UNIQUE ", 14) &&
	       !strcmp(ua, ub);
}

/* CREATE INDEX on a partitioned table takes a partition's own index of
 * the same shape as that partition's copy (PostgreSQL attaches it rather
 * than build another), so a partition's index that the desired state no
 * longer lists on its own, because it became the copy of a new index on
 * the parent, is not dropped: the parent's CREATE covers it, and it
 * keeps its name and is not rebuilt.  One per partition and new index. */
static void adopt_partition_indexes(struct changeset *cs)
{
	for (size_t i = 0; i < cs->n; i++) {
		struct change *parent_ix = &cs->v[i];
		if (parent_ix->kind != CHANGE_CREATE || parent_ix->to->kind != OBJ_INDEX)
			continue;
		const struct object *y = parent_ix->to;
		const struct table_obj *pt = (const void *)y->owner;
		if (!pt || pt->obj.kind != OBJ_TABLE || !pt->partition_key)
			continue;
		for (size_t j = 0; j < cs->n; j++) {
			struct change *own = &cs->v[j];
			if (own->kind != CHANGE_DROP || own->from->kind != OBJ_INDEX || own->drop_cover)
				continue;
			const struct table_obj *part = (const void *)own->from->owner;
			const struct change *part_change = part ? change_of(cs, &part->obj) : NULL;
			if (!part || part->obj.kind != OBJ_TABLE || !part->partition_of ||
			    !has_parent_like(cs->cur, &part->obj, &pt->obj) ||
			    (part_change && part_change->kind != CHANGE_ALTER) ||
			    !same_index_shape(own->from, y))
				continue;
			bool taken = false;
			for (size_t k = 0; k < cs->n && !taken; k++)
				taken = cs->v[k].drop_cover == parent_ix &&
					cs->v[k].from->owner == own->from->owner;
			if (!taken)
				own->drop_cover = parent_ix;
		}
	}
}

/* A function whose parameters are renamed has a new identity in the model
 * (pg_get_function_identity_arguments names them) but is, to PostgreSQL,
 * the same function made again: the CREATE records the DROP it replaces,
 * so that render.c carries its grants over as for a rebuild. */
static void pair_renamed_parameters(struct changeset *cs)
{
	for (size_t i = 0; i < cs->n; i++) {
		struct change *made = &cs->v[i];
		if (made->kind != CHANGE_CREATE || made->to->kind != OBJ_FUNCTION)
			continue;
		const struct function_obj *t = (const void *)made->to;
		for (size_t j = 0; j < cs->n && !made->replaces; j++) {
			const struct change *gone = &cs->v[j];
			if (gone->kind != CHANGE_DROP || gone->from->kind != OBJ_FUNCTION)
				continue;
			const struct function_obj *f = (const void *)gone->from;
			if (!strcmp(f->obj.schema, t->obj.schema) && !strcmp(f->obj.name, t->obj.name) &&
			    f->prokind == t->prokind && !strcmp_null(f->arg_types, t->arg_types))
				made->replaces = gone->from;
		}
	}
}

void changes_compare(struct arena *a, const struct model *current, const struct model *desired,
		     struct changeset *cs)
{
	memset(cs, 0, sizeof(*cs));
	match(a, current, desired, cs);
	swap_domains_held_in_containers(cs);
	rebuild_closure(cs);
	cover(cs);
	adopt_partition_indexes(cs);
	mark_public_defaults(a, desired, cs);
	pair_renamed_parameters(cs);
	restore_order(cs);
}
