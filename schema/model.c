/*
 * model.c: identity keys, fingerprints and lookup for the catalog model.
 */
#include "model.h"
#include "../common/arena.h"
#include "../common/util.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[OBJ_KIND_COUNT] = {
	[OBJ_SCHEMA] = "schema",
	[OBJ_EXTENSION] = "extension",
	[OBJ_COLLATION] = "collation",
	[OBJ_ENUM] = "type",
	[OBJ_DOMAIN] = "domain",
	[OBJ_COMPOSITE] = "type",
	[OBJ_RANGE] = "type",
	[OBJ_DOMAIN_CONSTRAINT] = "domain constraint",
	[OBJ_SEQUENCE] = "sequence",
	[OBJ_FUNCTION] = "function",
	[OBJ_TABLE] = "table",
	[OBJ_COLUMN] = "column",
	[OBJ_SEQUENCE_OWNER] = "sequence owner",
	[OBJ_CONSTRAINT] = "constraint",
	[OBJ_INDEX] = "index",
	[OBJ_VIEW] = "view",
	[OBJ_VIEW_COLUMN] = "column",
	[OBJ_TRIGGER] = "trigger",
	[OBJ_POLICY] = "policy",
	[OBJ_STATISTICS] = "statistics object",
	[OBJ_COMMENT] = "comment",
	[OBJ_PRIVILEGE] = "privileges",
};

const char *obj_kind_name(enum obj_kind k)
{
	BUG_ON(k >= OBJ_KIND_COUNT);
	return kind_names[k];
}

uint64_t object_key_hash(const struct object *o)
{
	XXH3_state_t st;
	XXH3_INITSTATE(&st);
	XXH3_64bits_reset_withSeed(&st, MODEL_FORMAT_VERSION);
	unsigned char k = (unsigned char)o->kind;
	XXH3_64bits_update(&st, &k, 1);
	const char *parts[] = { o->schema, o->parent, o->name, object_signature(o) };
	for (size_t i = 0; i < ARRAY_SIZE(parts); i++) {
		/* length-prefixed so ("ab","c") and ("a","bc") differ */
		size_t n = parts[i] ? strlen(parts[i]) : (size_t)-1;
		XXH3_64bits_update(&st, &n, sizeof(n));
		if (parts[i])
			XXH3_64bits_update(&st, parts[i], n);
	}
	return XXH3_64bits_digest(&st);
}

uint64_t definition_fingerprint(const char *def)
{
	return XXH3_64bits_withSeed(def, strlen(def), MODEL_FORMAT_VERSION);
}

static struct object_extra *extra_of(struct arena *a, struct object *o)
{
	if (!o->extra)
		o->extra = arena_alloc_ptr_aligned(a, sizeof(*o->extra));
	return o->extra;
}

void object_set_signature(struct arena *a, struct object *o, const char *signature)
{
	if (signature || o->extra)
		extra_of(a, o)->signature = signature;
}

void object_set_alt_definition(struct arena *a, struct object *o, const char *alt)
{
	if (alt || o->extra)
		extra_of(a, o)->alt_definition = alt;
}

void object_set_definition(struct object *o, const char *def)
{
	o->definition = def;
}

bool object_same_key(const struct object *a, const struct object *b)
{
	return a->kind == b->kind && !strcmp_null(a->schema, b->schema) &&
	       !strcmp_null(a->parent, b->parent) && !strcmp(a->name, b->name) &&
	       !strcmp_null(object_signature(a), object_signature(b));
}

bool object_same_definition(const struct object *a, const struct object *b)
{
	/* the same pointer when both models interned into one table */
	if (a->definition == b->definition || !strcmp(a->definition, b->definition))
		return true;
	const char *alt_a = object_alt_definition(a), *alt_b = object_alt_definition(b);
	return (alt_a && !strcmp(alt_a, b->definition)) ||
	       (alt_b && !strcmp(a->definition, alt_b)) ||
	       (alt_a && alt_b && !strcmp(alt_a, alt_b));
}

int object_compare(const struct object *a, const struct object *b)
{
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	int c = strcmp_null(a->schema, b->schema);
	if (c == 0)
		c = strcmp_null(a->parent, b->parent);
	if (c == 0)
		c = strcmp(a->name, b->name);
	if (c == 0)
		c = strcmp_null(object_signature(a), object_signature(b));
	return c;
}

static int cmp_obj_ptr(const void *x, const void *y)
{
	return object_compare(*(struct object *const *)x, *(struct object *const *)y);
}

/* The array grows by realloc and becomes the arena's in model_finish():
 * grown inside the arena, each doubling left the old copy behind, as
 * much memory again as the final array (4 MB over the two models of a
 * plan at 10,000 tables). */
void model_add(struct model *m, struct object *o, size_t *cap)
{
	if (m->n == *cap || m->objects_kept) {
		size_t nc = m->n < *cap ? *cap : *cap ? *cap * 2 : 256;
		if (m->objects_kept) { /* added to after model_finish(): a new array */
			struct object **v = arena_array_grow(NULL, nc * sizeof(*v));
			if (m->n)
				memcpy(v, m->objects, m->n * sizeof(*v));
			m->objects = v;
			m->objects_kept = false;
		} else {
			m->objects = arena_array_grow(m->objects, nc * sizeof(*m->objects));
		}
		*cap = nc;
	}
	m->objects[m->n++] = o;
}

void model_abandon(struct model *m)
{
	if (!m->objects_kept)
		arena_array_drop(m->objects);
	m->objects = NULL;
	m->n = 0;
}

void model_finish(struct arena *a, struct model *m)
{
	if (m->objects && !m->objects_kept) {
		arena_array_keep(a, m->objects);
		m->objects_kept = true;
	}
	if (m->n)
		qsort(m->objects, m->n, sizeof(*m->objects), cmp_obj_ptr);
	XXH3_state_t st;
	XXH3_INITSTATE(&st);
	XXH3_64bits_reset_withSeed(&st, MODEL_FORMAT_VERSION);
	for (size_t i = 0; i < m->n; i++) {
		struct object *o = m->objects[i];
		o->index = (uint32_t)i;
		uint64_t key_hash = object_key_hash(o);
		XXH3_64bits_update(&st, &key_hash, sizeof(key_hash));
		uint64_t fingerprint = object_fingerprint(o);
		XXH3_64bits_update(&st, &fingerprint, sizeof(fingerprint));
	}
	m->fingerprint = XXH3_64bits_digest(&st);
}

struct object *model_find(const struct model *m, const struct object *key)
{
	size_t lo = 0, hi = m->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (object_compare(m->objects[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < m->n && object_same_key(m->objects[lo], key) ? m->objects[lo] : NULL;
}

static bool has_dep(const struct object *o, const struct object *dep)
{
	for (size_t i = 0; i < o->n_deps; i++)
		if (o->edges[i] == dep->index)
			return true;
	return false;
}

/* n_deps is 24 bits wide: no object needs that many others (a view has
 * at most 1,664 columns, a function's arguments fewer still). */
#define MAX_DEPS ((1u << 24) - 1)

/* x's edges in an array of exactly their number plus one, with a gap at
 * `at` for the new one. */
static uint32_t *with_gap(struct arena *a, const struct object *x, uint32_t at)
{
	uint32_t n = x->n_deps + x->n_users;
	uint32_t *v = arena_alloc(a, ((size_t)n + 1) * sizeof(*v));
	if (n) {
		memcpy(v, x->edges, at * sizeof(*v));
		memcpy(v + at + 1, x->edges + at, (n - at) * sizeof(*v));
	}
	return v;
}

void object_add_dep(struct arena *a, struct object *o, struct object *dep)
{
	if (o == dep || has_dep(o, dep))
		return;
	BUG_ON(o->n_deps == MAX_DEPS);
	o->edges = with_gap(a, o, o->n_deps); /* the users move up one */
	o->edges[o->n_deps++] = dep->index;
	dep->edges = with_gap(a, dep, dep->n_deps + dep->n_users);
	dep->edges[dep->n_deps + dep->n_users++] = o->index;
}

void dep_edges_add(struct dep_edges *e, const struct object *o, const struct object *dep)
{
	if (o == dep)
		return;
	if (e->n == e->cap) {
		e->cap = e->cap ? 2 * e->cap : 1024;
		e->v = xrealloc(e->v, 2 * e->cap * sizeof(*e->v));
	}
	e->v[2 * e->n] = o->index;
	e->v[2 * e->n + 1] = dep->index;
	e->n++;
}

const struct column_settings column_settings_none = { 0 };

void dep_edges_apply(struct arena *a, const struct model *m, struct dep_edges *e)
{
	/* count each object's edges (duplicates too), cut each one's array
	 * from one block at that size, in order of first sight */
	for (size_t i = 0; i < e->n; i++) {
		struct object *o = m->objects[e->v[2 * i]], *dep = m->objects[e->v[2 * i + 1]];
		BUG_ON(o->edges || dep->edges); /* for objects without edges yet */
		BUG_ON(o->n_deps == MAX_DEPS);
		o->n_deps++;
		dep->n_users++;
	}
	uint32_t *room = e->n ? arena_alloc(a, 2 * e->n * sizeof(*room)) : NULL;
	for (size_t i = 0; i < 2 * e->n; i++) {
		struct object *x = m->objects[e->v[i]];
		if (!x->edges) {
			x->edges = room;
			room += x->n_deps + x->n_users;
			x->n_deps = x->n_users = 0;
		}
	}
	/* the deps first, duplicates dropped (and marked in the list), so
	 * each array's users can follow its deps without a gap */
	for (size_t i = 0; i < e->n; i++) {
		struct object *o = m->objects[e->v[2 * i]], *dep = m->objects[e->v[2 * i + 1]];
		if (has_dep(o, dep))
			e->v[2 * i + 1] = UINT32_MAX;
		else
			o->edges[o->n_deps++] = dep->index;
	}
	for (size_t i = 0; i < e->n; i++) {
		if (e->v[2 * i + 1] == UINT32_MAX)
			continue;
		struct object *dep = m->objects[e->v[2 * i + 1]];
		dep->edges[dep->n_deps + dep->n_users++] = e->v[2 * i];
	}
	free(e->v);
	*e = (struct dep_edges){ 0 };
}

const char *privilege_key_parent(struct arena *a, const struct object *target,
				 bool on_identity_sequence, const char *grantee)
{
	const char *parent = target->parent ? target->parent : "";
	return arena_printf(a, "%s%s %zu:%s %s", obj_kind_name(target->kind),
			    on_identity_sequence ? " sequence" : "", strlen(parent), parent, grantee);
}

char *object_describe(struct arena *a, const struct object *o)
{
	if (o->kind == OBJ_COMMENT)
		return arena_printf(a, "comment on %s",
				    object_describe(a, ((const struct comment_obj *)o)->target));
	if (o->kind == OBJ_PRIVILEGE) {
		const struct privilege_obj *p = (const void *)o;
		return arena_printf(a, "privileges of %s on %s%s",
				    p->grantee[0] ? p->grantee : "PUBLIC",
				    p->on_identity_sequence ? "the identity sequence of " : "",
				    object_describe(a, p->target));
	}
	const char *kind = obj_kind_name(o->kind);
	if (object_signature(o))
		return arena_printf(a, "%s %s.%s(%s)", kind, o->schema, o->name,
				    object_signature(o));
	if (o->parent)
		return arena_printf(a, "%s %s.%s.%s", kind, o->schema, o->parent, o->name);
	if (o->schema)
		return arena_printf(a, "%s %s.%s", kind, o->schema, o->name);
	return arena_printf(a, "%s %s", kind, o->name);
}
