/*
 * model.h: the catalog model, one struct per object kind.
 *
 * Both sides of a comparison are models of this shape, built by the same
 * catalog reader: the live database, and the shadow database holding the
 * desired state.  Every object kind embeds struct object first (as pg_dump's
 * DumpableObject), so code that orders, hashes or describes objects works
 * on the header alone.
 *
 * Identity is the natural key (kind, schema, name, parent, signature),
 * never an OID, which differs between databases.  The canonical definition
 * is built only from catalog output (format_type, pg_get_expr,
 * pg_get_constraintdef, pg_get_indexdef, ...), so two objects are equal
 * exactly when PostgreSQL prints them the same; the fingerprint is XXH3-64
 * of it, seeded with MODEL_FORMAT_VERSION.
 */
#ifndef SD_MODEL_H
#define SD_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../common/util.h"

struct arena;

/* Bump when a canonical definition changes shape: fingerprints and cached
 * models from older versions then never compare equal. */
#define MODEL_FORMAT_VERSION 2

/* In creation order: the ordering tie-break uses it. */
enum obj_kind {
	OBJ_SCHEMA,
	OBJ_EXTENSION,
	OBJ_COLLATION,
	OBJ_ENUM,
	OBJ_DOMAIN,
	OBJ_COMPOSITE,      /* CREATE TYPE ... AS (...) */
	OBJ_RANGE,
	OBJ_SEQUENCE,
	OBJ_FUNCTION,       /* and procedures */
	OBJ_DOMAIN_CONSTRAINT, /* a domain's CHECK; parent = the domain */
	OBJ_TABLE,
	OBJ_COLUMN,
	OBJ_SEQUENCE_OWNER, /* ALTER SEQUENCE ... OWNED BY, after both exist */
	OBJ_CONSTRAINT,
	OBJ_INDEX,
	OBJ_VIEW,           /* and materialized views */
	OBJ_VIEW_COLUMN,    /* made and dropped only by its view; comments hang on it */
	OBJ_TRIGGER,
	OBJ_POLICY,
	OBJ_COMMENT,        /* on any object */
	OBJ_PRIVILEGE,      /* one grantee's privileges on one object (--privileges) */
	/* last, so that adding it changed no other kind's number (fingerprints
	 * hash it); a comment on one still follows it, by its dependency */
	OBJ_STATISTICS,     /* CREATE STATISTICS; owner = its table, in any schema */
	OBJ_KIND_COUNT
};

const char *obj_kind_name(enum obj_kind k); /* "table", "column", ... */

/* The fields of the header that few objects have, apart from it. */
struct object_extra {
	const char *signature; /* a function's argument types, else NULL */
	/* The same object as PostgreSQL prints it after being re-created from
	 * `definition` (NULL when identical).  Catalog text is not always a
	 * fixed point: a CHECK (status IN ('a','b')) on a varchar column reads
	 * back as ARRAY['a'::varchar,...]::text[] and re-created from that, as
	 * ARRAY[('a'::varchar)::text,...].  Both spellings are equal. */
	const char *alt_definition;
};

struct object {
	/* The four 32-bit fields first, n_deps 24 bits wide beside the kind:
	 * a model holds hundreds of thousands of objects, each with this
	 * header, so it has no padding (72 bytes on 64-bit machines). */
	enum obj_kind kind : 8;
	uint32_t n_deps : 24;
	uint32_t n_users;
	uint32_t index;        /* place in its model's objects[] (model_finish) */
	/* The object's oid in its own database: for resolving pg_depend inside
	 * one model (with the catalog its kind implies, and a column's attnum),
	 * and the creation order of a table's checks. */
	uint32_t oid;
	const char *schema;    /* NULL for schemas and extensions */
	const char *name;
	const char *parent;    /* table name for columns, constraints, indexes */
	const char *definition;
	/* signature and alt_definition, NULL when neither is set: use
	 * object_signature() and object_alt_definition() */
	struct object_extra *extra;
	/* No fingerprint is kept: object_fingerprint() hashes the definition
	 * when asked. */
	struct object *owner;  /* the table of a column/constraint/index */
	/* The places (object.index) of the objects of the same model this
	 * one needs (n_deps), then of those that need it (n_users): one array
	 * of 32-bit numbers, half of what pointers took, laid out once
	 * (dep_edges_apply) or grown one by one.  object_dep() and
	 * object_user() give the objects. */
	uint32_t *edges;
};

static inline const char *object_signature(const struct object *o)
{
	return o->extra ? o->extra->signature : NULL;
}

static inline const char *object_alt_definition(const struct object *o)
{
	return o->extra ? o->extra->alt_definition : NULL;
}

/* Set one of the extra fields; NULL on an object without them is no
 * allocation. */
void object_set_signature(struct arena *a, struct object *o, const char *signature);
void object_set_alt_definition(struct arena *a, struct object *o, const char *alt);

struct schema_obj {
	struct object obj;
};

struct extension_obj {
	struct object obj;
	const char *in_schema;
	const char *version;
};

struct collation_obj {
	struct object obj;     /* definition: the options of CREATE COLLATION */
};

struct enum_obj {
	struct object obj;
	const char **labels;
	size_t n_labels;
};

struct domain_obj {
	struct object obj;
	const char *base_type; /* format_type() */
	const char *collation; /* qualified and quoted; NULL = the base type's */
	bool not_null;
	const char *default_expr;
};

struct domain_constraint_obj {
	struct object obj;
	const char *def;       /* "CHECK (...)", without NOT VALID */
	bool validated;
};

struct attribute {            /* of a composite type */
	const char *name, *type, *collation;
	const char *comment;  /* COMMENT ON COLUMN type.attr, or NULL */
};

struct composite_obj {
	struct object obj;
	struct attribute *attrs; /* in attnum order */
	size_t n_attrs;
};

struct range_obj {
	struct object obj;     /* definition: the options of CREATE TYPE AS RANGE */
};

struct sequence_obj {
	struct object obj;
	const char *type;      /* smallint, integer or bigint */
	const char *start, *increment, *min, *max, *cache;
	bool cycle;
	bool unlogged;
	const char *options;   /* "AS ... CYCLE": the definition without "UNLOGGED " */
};

struct sequence_owner_obj {
	struct object obj;     /* name = the sequence; parent = owning table */
	const char *table_schema, *table, *column;
};

struct column_obj;

/* A column's settings beside its type, which pg_dump writes as ALTER
 * TABLE ONLY ... ALTER COLUMN: each at its default when 0 or NULL, so a
 * zeroed struct is a column with none. */
struct column_settings {
	const char *stat_target; /* SET STATISTICS "500"; NULL the server's default */
	char storage;         /* SET STORAGE: attstorage when not the type's */
	char type_storage;    /* the type's storage, what a reset goes back to */
	char compression;     /* SET COMPRESSION: 'p' pglz, 'l' lz4 */
	const char *options;  /* SET (n_distinct=..., ...), sorted */
};

/* SET STORAGE's word for an attstorage letter */
static inline const char *storage_name(char attstorage)
{
	return attstorage == 'p' ? "PLAIN" : attstorage == 'e' ? "EXTERNAL"
	       : attstorage == 'm' ? "MAIN" : "EXTENDED";
}

/* SET COMPRESSION's word for an attcompression letter (0: the server's
 * default_toast_compression, "default") */
static inline const char *compression_name(char attcompression)
{
	return attcompression == 'p' ? "pglz" : attcompression == 'l' ? "lz4" : "default";
}

/* A column's settings when it has none of its own: its type's storage
 * unknown (a view's column, a unit test's) */
extern const struct column_settings column_settings_none;

static inline bool column_settings_default(const struct column_settings *s)
{
	return !s->stat_target && !s->storage && !s->compression && !s->options;
}

/* The settings of a column a child or partition inherits: the column
 * belongs to the parent, its settings to each table. */
struct inherited_settings {
	const char *column;
	struct column_settings settings;
};

struct table_obj {
	struct object obj;
	char persistence;      /* 'p' permanent, 'u' unlogged */
	bool row_security, force_row_security;
	char replica_identity;  /* 'd' default, 'f' full, 'n' nothing, 'i' index (which
				 * one is a mark on the index: index_obj.replica_identity) */
	const char *partition_key;   /* "RANGE (logdate)" of a partitioned table */
	const char *partition_of;    /* a partition's parent, quoted and qualified */
	const char *partition_bound; /* "FOR VALUES FROM (...) TO (...)" */
	const char *partition_constraint; /* the rows it takes, an expression; not part
					   * of the definition (it follows from the bound) */
	const char *inherits;        /* parents of an inheritance child, or NULL */
	const char *options;         /* "fillfactor=70, ...", or NULL */
	struct column_obj **columns; /* in attnum order */
	size_t n_columns;
	const struct inherited_settings *inherited; /* in attnum order */
	size_t n_inherited;
};

/* "FULL" for relreplident 'f', and DEFAULT, NOTHING, USING INDEX */
static inline const char *replica_identity_name(char relreplident)
{
	return relreplident == 'f' ? "FULL" : relreplident == 'n' ? "NOTHING"
	       : relreplident == 'i' ? "USING INDEX" : "DEFAULT";
}

struct identity_sequence { /* an identity column's */
	const char *schema, *name;
	const char *options;       /* "START WITH ... CYCLE" */
};

struct column_obj {     /* the small fields first: no padding between */
	struct object obj;
	int attnum;
	bool not_null;
	char identity;         /* 'a' always, 'd' by default, 0 none */
	char generated;        /* 's' stored, 0 none; expression in default_expr */
	bool volatile_default; /* the default calls a volatile function: adding
				* the column rewrites the table (not part of the
				* definition: it follows from default_expr) */
	const char *type;      /* format_type() */
	const char *collation; /* qualified and quoted; NULL = the type's default */
	const char *default_expr;  /* pg_get_expr(), NULL if none */
	/* set when identity is: apart, as few columns have one */
	const struct identity_sequence *identity_seq;
	/* never NULL; one copy per distinct value in a model (most columns
	 * share a handful), so a column is 16 bytes smaller than with its
	 * own */
	const struct column_settings *settings;
};

struct constraint_obj {
	struct object obj;
	char contype;          /* p u f c x */
	bool validated;
	bool clustered;        /* CLUSTER ON its index (p u x) */
	bool replica_identity; /* REPLICA IDENTITY USING its index (p u) */
	const char *def;       /* pg_get_constraintdef() without NOT VALID */
	const char *source_expr; /* a CHECK's expression as the user wrote it */
};

struct index_obj {
	struct object obj;
	bool clustered;        /* ALTER TABLE ... CLUSTER ON it */
	bool replica_identity; /* ALTER TABLE ... REPLICA IDENTITY USING INDEX it */
	const char *def;       /* pg_get_indexdef() */
	const char *source_where; /* the predicate as the user wrote it */
};

struct function_obj {
	struct object obj;     /* signature = pg_get_function_identity_arguments */
	char prokind;          /* 'f' function, 'p' procedure */
	const char *args;      /* pg_get_function_arguments: names, defaults */
	const char *result;    /* pg_get_function_result */
	const char *arg_types; /* oidvectortypes(proargtypes): the identity without names */
	const char *def;       /* pg_get_functiondef: CREATE OR REPLACE ... */
};

struct view_obj {
	struct object obj;
	char relkind;          /* 'v' view, 'm' materialized view */
	const char *def;       /* pg_get_viewdef, without the final ';' */
	const char *options;   /* reloptions, e.g. "security_barrier=true", or "" */
	const char *columns;   /* "name type, ..." of its output columns */
	const char *source_query; /* the query as the user wrote it */
	/* a materialized view made WITH NO DATA (render_node: rebuilt so);
	 * not part of the definition: whether it holds rows is data */
	bool unpopulated;
};

struct trigger_obj {
	struct object obj;
	const char *def;       /* pg_get_triggerdef */
	char enabled;          /* tgenabled: 'O' (default), 'D', 'R' or 'A' */
};

/* The ALTER TABLE clause that sets a trigger's tgenabled. */
static inline const char *trigger_enabled_clause(char tgenabled)
{
	return tgenabled == 'D' ? "DISABLE TRIGGER" : tgenabled == 'R' ? "ENABLE REPLICA TRIGGER"
	       : tgenabled == 'A' ? "ENABLE ALWAYS TRIGGER" : "ENABLE TRIGGER";
}

struct policy_obj {
	struct object obj;
	bool permissive;
	const char *cmd;       /* ALL, SELECT, INSERT, UPDATE, DELETE */
	const char *roles;     /* quoted names, or PUBLIC */
	const char *using_expr, *check_expr; /* NULL when absent */
	const char *source_using, *source_check; /* as the user wrote them */
};

struct statistics_obj {
	struct object obj;
	const char *def;         /* pg_get_statisticsobjdef(): CREATE STATISTICS ... */
	const char *stat_target; /* ALTER STATISTICS ... SET STATISTICS; NULL the default */
	const char *table_schema, *table; /* what it is on (its owner) */
};

struct comment_obj {
	struct object obj;     /* schema/name/signature of the target */
	const struct object *target;
	const char *text;
	bool on_index;         /* on the index behind a key constraint (target) */
	bool on_identity_sequence; /* target is a column: on its identity's sequence */
};

struct privilege_obj {
	struct object obj;     /* schema/name/signature of the target */
	const struct object *target;
	const char *grantee;   /* a role name, or "" for PUBLIC */
	bool on_identity_sequence; /* target is a column: on its identity's sequence */
	const char **privs;    /* "SELECT", "EXECUTE", ... in name order */
	bool *grantable;       /* WITH GRANT OPTION, per privilege */
	size_t n_privs;
};

/* Source texts (the source_* fields above) are set only on a desired
 * model, by src/sources.c; definitions and comparisons never use them. */

/* A model: all objects of one database, searchable by identity. */
struct model {
	/* sorted by key (object_compare): model_find() searches it, and two
	 * models' objects can be matched in one walk; no hash table beside it,
	 * which took 2 MB at 200,000 objects */
	struct object **objects;
	size_t n;
	bool objects_kept;       /* objects is its arena's (model_finish) */
	uint64_t fingerprint;    /* over the sorted object fingerprints */
	const char **roles;      /* the server's role names, sorted (with privileges) */
	size_t n_roles;
	bool has_privileges;     /* privileges were read (--privileges) */
	/* Without --privileges, a live database's grants (not its columns'),
	 * kept apart from the objects (they are not compared): an object the
	 * plan must drop and create again gets them back.  By target. */
	const struct privilege_obj **carried;
	size_t n_carried;
	bool carries_privileges; /* carried was read (a live read, no --privileges) */
};

/* o's i-th dependency and u-th user, objects of o's own model m (passing
 * another model is a bug, caught here). */
static inline struct object *object_dep(const struct model *m, const struct object *o, size_t i)
{
	BUG_ON(o->index >= m->n || m->objects[o->index] != o);
	return m->objects[o->edges[i]];
}

static inline struct object *object_user(const struct model *m, const struct object *o, size_t u)
{
	BUG_ON(o->index >= m->n || m->objects[o->index] != o);
	return m->objects[o->edges[o->n_deps + u]];
}

/* o's first dependency of kind k (o an object of m), or NULL */
static inline struct object *object_dep_of_kind(const struct model *m, const struct object *o,
						enum obj_kind k)
{
	for (size_t i = 0; i < o->n_deps; i++)
		if (object_dep(m, o, i)->kind == k)
			return object_dep(m, o, i);
	return NULL;
}

/* Builder used by the catalog reader: model_add() objects, then either
 * model_finish() (the objects array becomes a's) or, for a read that
 * failed before it, model_abandon() (frees the array). */
void model_add(struct model *m, struct object *o, size_t *cap);
/* Sort, hash and fingerprint; call once after the last model_add(). */
void model_finish(struct arena *a, struct model *m);
void model_abandon(struct model *m);
/* The object with key's identity (the first, should a key repeat), or
 * NULL: a binary search. */
struct object *model_find(const struct model *m, const struct object *key);
/* Record that o needs dep (both in the same finished model, model_finish);
 * duplicates ignored. */
void object_add_dep(struct arena *a, struct object *o, struct object *dep);
/* The same for many edges at once, as the catalog reader finds them: all
 * the edge arrays are then cut from one allocation, each at its size
 * (growing them edge by edge left every outgrown copy in the arena, and
 * an allocation per array rounds each one up). */
struct dep_edges {
	uint32_t *v;   /* pairs of object.index: v[2i] needs v[2i + 1] */
	size_t n, cap; /* in pairs */
};
/* o and dep are objects of a finished model (model_finish). */
void dep_edges_add(struct dep_edges *e, const struct object *o, const struct object *dep);
/* Apply the edges to m's objects in the order they were added, and free
 * the list. */
void dep_edges_apply(struct arena *a, const struct model *m, struct dep_edges *e);
/* XXH3 of the identity key: computed when asked, not kept in every
 * object (a model holds hundreds of thousands of them). */
uint64_t object_key_hash(const struct object *o);
void object_set_definition(struct object *o, const char *def);
/* The fingerprint an object with this canonical definition has. */
uint64_t definition_fingerprint(const char *def);
static inline uint64_t object_fingerprint(const struct object *o)
{
	return definition_fingerprint(o->definition);
}
bool object_same_key(const struct object *a, const struct object *b);
/* Equal definitions, either spelling (see object_extra.alt_definition). */
bool object_same_definition(const struct object *a, const struct object *b);
/* The parent part of a privilege object's key: the target's kind and
 * parent, and the grantee ("" = PUBLIC), length-prefixed because names may
 * hold any character. */
const char *privilege_key_parent(struct arena *a, const struct object *target,
				 bool on_identity_sequence, const char *grantee);
/* "table public.users", "column public.users.email": for messages */
char *object_describe(struct arena *a, const struct object *o);
int object_compare(const struct object *a, const struct object *b);

#endif
