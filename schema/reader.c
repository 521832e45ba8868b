/*
 * reader.c: the catalog reader (see reader.h).
 *
 * Each read_* function follows pg_dump's getTables() shape: run the query,
 * look up the column numbers once, copy each row into a model object, clear
 * the result.  PGresult never leaves this file.
 */
#include "reader.h"
#include "respell.h"
#include "catalog_fetch.h"
#include "depend_rows.h"
#include "catalog_sql.h"
#include "../common/arena.h"
#include "../common/db.h"
#include "../common/error.h"
#include "../common/index_hash.h"
#include "../common/quote.h"
#include "../common/strbuf.h"
#include "../common/strtab.h"
#include "../common/util.h"

#include <fnmatch.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

/* Every catalog query, in the order read_all() asks for them. */
static const struct catalog_query queries[] = {
	{ .name = "schemas", .sql = sql_schemas },
	{ .name = "extensions", .sql = sql_extensions },
	{ .name = "collations", .sql = sql_collations },
	{ .name = "enums", .sql = sql_enums },
	{ .name = "domains", .sql = sql_domains },
	{ .name = "composites", .sql = sql_composites },
	{ .name = "ranges", .sql = sql_ranges },
	{ .name = "sequences", .sql = sql_sequences },
	{ .name = "functions", .sql = sql_functions },
	{ .name = "domain_constraints", .sql = sql_domain_constraints },
	{ .name = "tables", .sql = sql_tables },
	{ .name = "columns", .sql = sql_columns },
	{ .name = "constraints", .sql = sql_constraints },
	{ .name = "indexes", .sql = sql_indexes },
	{ .name = "views", .sql = sql_views },
	{ .name = "triggers", .sql = sql_triggers },
	{ .name = "policies", .sql = sql_policies },
	{ .name = "statistics", .sql = sql_statistics },
	{ .name = "comments", .sql = sql_comments },
	{ .name = "privileges", .sql = sql_privileges }, /* see catalog_read() */
	{ .name = "column_privileges", .sql = sql_column_privileges },
	{ .name = "view_column_privileges", .sql = sql_view_column_privileges },
	{ .name = "roles", .sql = sql_roles },
	/* the most rows of any query: a live read keeps them packed
	 * (struct depend_rows), not a rowset beside both finished models */
	{ .name = "depend_aliases", .sql = sql_depend_aliases },
	{ .name = "depends", .sql = sql_depends },
};

struct reader {
	struct arena *a;
	struct catalog_fetch *fetch;      /* NULL when replaying */
	struct catalog_log *record;       /* rowsets are appended here, if set */
	const struct catalog_log *replay; /* rowsets come from here, if set */
	size_t replay_next;
	struct rowset *unpacked;          /* the replayed rowset unpacked, if any */
	struct arena unpacked_mem;        /* its cells */
	const struct schema_filter *filter;
	struct model *m;
	size_t cap;
	/* the model's strings, one copy each: the rows are freed query by
	 * query, so nothing in the model may point into them.  `strings` is
	 * own_strings, or the table a read beside this one shares
	 * (schema_filter.strings). */
	struct strtab own_strings, *strings;
	long held; /* the fetched query whose rows are in use, or -1 */
	struct dep_edges edges; /* laid out into the objects' edges at the end */
	struct depend_rows depends; /* pg_depend's rows and aliases, packed */
	/* the model's objects by pg_depend's (classid, oid, subid): items
	 * are places in m->objects, so it is made again once model_finish()
	 * has sorted them */
	struct index_hash by_oid;
	struct settings_pool {  /* the distinct column settings (settings_copy) */
		const struct column_settings **v;
		uint64_t *hash;
		size_t n, cap;
		struct index_hash by_value;
	} settings;
	struct inherited_row {  /* settings of inherited columns, for their tables */
		uint32_t table_oid;
		struct inherited_settings s;
	} *inherited;
	size_t n_inherited, cap_inherited;
};

bool schema_filter_keeps(const struct schema_filter *f, const char *schema)
{
	if (!f)
		return true;
	bool keep = f->n_include == 0;
	for (size_t i = 0; i < f->n_include && !keep; i++)
		keep = fnmatch(f->include[i], schema, 0) == 0;
	for (size_t i = 0; i < f->n_exclude && keep; i++)
		keep = fnmatch(f->exclude[i], schema, 0) != 0;
	return keep;
}

/* Row access: cell() gives "" for NULL (as libpq does) and the rowset's
 * own string, which lives only while its query is read; val() gives NULL
 * for NULL and the model's copy, which is what objects keep. */
static const char *cell(const struct rowset *rs, int row, int col)
{
	const char *v = rs->cells[(size_t)row * (size_t)rs->ncols + (size_t)col];
	return v ? v : "";
}

static bool is_null(const struct rowset *rs, int row, int col)
{
	return rs->cells[(size_t)row * (size_t)rs->ncols + (size_t)col] == NULL;
}

static const char *val(struct reader *r, const struct rowset *rs, int row, int col)
{
	return strtab_intern(r->strings, rs->cells[(size_t)row * (size_t)rs->ncols + (size_t)col]);
}

static uint32_t val_oid(const struct rowset *rs, int row, int col)
{
	return (uint32_t)strtoul(cell(rs, row, col), NULL, 10);
}

static bool val_bool(const struct rowset *rs, int row, int col)
{
	return cell(rs, row, col)[0] == 't';
}

static int col(const struct rowset *rs, const char *name)
{
	for (int c = 0; c < rs->ncols; c++)
		if (!strcmp(rs->colnames[c], name))
			return c;
	die("catalog query \"%s\" has no column \"%s\"", rs->name, name);
}

/* pg_depend's (classid, objid, objsubid) of an object: the catalog
 * follows from its kind, and only a column has a sub-id, its attnum. */
static uint32_t catalog_of(enum obj_kind kind)
{
	switch (kind) {
	case OBJ_SCHEMA: return CLASS_PG_NAMESPACE;
	case OBJ_EXTENSION: return CLASS_PG_EXTENSION;
	case OBJ_COLLATION: return CLASS_PG_COLLATION;
	case OBJ_ENUM:
	case OBJ_DOMAIN:
	case OBJ_RANGE: return CLASS_PG_TYPE;
	case OBJ_COMPOSITE: /* by its relation, as its attributes are */
	case OBJ_SEQUENCE:
	case OBJ_TABLE:
	case OBJ_COLUMN:
	case OBJ_INDEX:
	case OBJ_VIEW:
	case OBJ_VIEW_COLUMN: return CLASS_PG_CLASS;
	case OBJ_FUNCTION: return CLASS_PG_PROC;
	case OBJ_DOMAIN_CONSTRAINT:
	case OBJ_CONSTRAINT: return CLASS_PG_CONSTRAINT;
	case OBJ_TRIGGER: return CLASS_PG_TRIGGER;
	case OBJ_POLICY: return CLASS_PG_POLICY;
	case OBJ_STATISTICS: return CLASS_PG_STATISTIC_EXT;
	case OBJ_SEQUENCE_OWNER: /* made by the reader, not in the catalog */
	case OBJ_COMMENT:
	case OBJ_PRIVILEGE:
	case OBJ_KIND_COUNT: break;
	}
	return 0;
}

static int32_t subid_of(const struct object *o)
{
	return o->kind == OBJ_COLUMN || o->kind == OBJ_VIEW_COLUMN
		       ? (int32_t)((const struct column_obj *)o)->attnum
		       : 0;
}

static void add(struct reader *r, struct object *o, enum obj_kind kind, const char *schema,
		const char *name, const char *parent, uint32_t oid, const char *def)
{
	o->kind = kind;
	o->schema = schema;
	o->name = name;
	o->parent = parent;
	o->oid = oid;
	def = strtab_intern(r->strings, def);
	object_set_definition(o, def);
	object_set_alt_definition(r->a, o, respell_array_casts(r->a, def));
	model_add(r->m, o, &r->cap);
}


/* The rows of the query read last are no longer needed: freed, or kept
 * with the log being recorded. */
static void release_rows(struct reader *r)
{
	if (r->unpacked) { /* packed again: only the replay needed the cells */
		r->unpacked->cells = NULL;
		r->unpacked = NULL;
		arena_free(&r->unpacked_mem);
	}
	if (!r->fetch || r->held < 0)
		return;
	catalog_fetch_release(r->fetch, (size_t)r->held,
			      r->record ? (r->record->mem ? r->record->mem : r->a) : NULL);
	r->held = -1;
}

/* A cache entry whose rows of query `name` cannot be read back. */
static int cached_rows_apart(struct sd_error *err, const char *name)
{
	return sd_error_set(err, SD_ERR_INPUT, "cached catalog rows of \"%s\" do not hold together",
			    name);
}

/* The replayed log's next rowset, which must be name's. */
static struct rowset *replay_next(struct reader *r, const char *name, struct sd_error *err)
{
	if (r->replay_next >= r->replay->n || strcmp(r->replay->v[r->replay_next].name, name)) {
		sd_error_set(err, SD_ERR_INPUT, "cached catalog rows do not match this version's "
						"queries (at \"%s\")", name);
		return NULL;
	}
	return &r->replay->v[r->replay_next++];
}

static size_t query_index(const struct reader *r, const char *name)
{
	size_t q = 0;
	while (q < r->fetch->n && strcmp(r->fetch->q[q].name, name))
		q++;
	BUG_ON(q == r->fetch->n);
	return q;
}

/* Run one catalog query, or take its rows from the log being replayed;
 * record them when a log is being written. */
static int run(struct reader *r, const char *name, const struct rowset **out,
	       struct sd_error *err)
{
	release_rows(r);
	if (r->replay) {
		struct rowset *rs = replay_next(r, name, err);
		if (!rs)
			return -1;
		if (!rs->cells && r->replay->unpack) {
			if (r->replay->unpack(r->replay, rs, &r->unpacked_mem) < 0) {
				arena_free(&r->unpacked_mem);
				return cached_rows_apart(err, name);
			}
			r->unpacked = rs;
		}
		*out = rs;
		return 0;
	}
	size_t q = query_index(r, name);
	struct rowset *rs;
	if (catalog_fetch_get(r->fetch, q, &rs, err) < 0)
		return -1;
	r->held = (long)q;
	if (r->record) {
		struct catalog_log *l = r->record;
		if (l->n == l->cap) {
			size_t nc = l->cap ? l->cap * 2 : 32;
			l->v = arena_grow(r->a, l->v, l->n, nc, sizeof(*l->v));
			l->cap = nc;
		}
		l->v[l->n++] = *rs;
	}
	*out = rs;
	return 0;
}

/* A model object: objects are most of a model's memory, so each takes
 * exactly its size, not rounded up to 16 bytes. */
static void *object_alloc(struct reader *r, size_t size)
{
	return arena_alloc_ptr_aligned(r->a, size);
}

/* Rows per part of a result read a part at a time (read_table_parts(),
 * read_by_parts()). */
#define PART_ROWS 8192

/* Is the replayed log's next rowset still packed (a cache entry's), to be
 * walked row by row rather than unpacked whole? */
static bool replay_next_is_packed(const struct reader *r)
{
	return r->replay && r->replay->each_row && r->replay_next < r->replay->n &&
	       !r->replay->v[r->replay_next].cells;
}

/* Take that rowset, as run() takes one: the rows read before go. */
static const struct rowset *take_packed(struct reader *r, const char *name, struct sd_error *err)
{
	release_rows(r);
	return replay_next(r, name, err);
}

/* A packed cached rowset replayed a part at a time: rows are gathered
 * (their cells point into the cache entry) until a part is full. */
struct replay_part {
	struct reader *r;
	void (*from)(struct reader *, const struct rowset *);
	struct rowset part;
	const char **cells; /* PART_ROWS rows */
};

static void replay_part_row(void *arg, const char *const *cells)
{
	struct replay_part *p = arg;
	memcpy(p->cells + (size_t)p->part.nrows * (size_t)p->part.ncols, cells,
	       (size_t)p->part.ncols * sizeof(*cells));
	if (++p->part.nrows == PART_ROWS) {
		p->from(p->r, &p->part);
		p->part.nrows = 0;
	}
}

/* Replay or record a query whose every row makes objects of its own,
 * from() making one part's: a packed cache entry is unpacked one part at
 * a time (the cell pointers of the columns of a model alone are about
 * 20 MB); a log being recorded keeps the rows whole. */
static int read_by_parts(struct reader *r, const char *name,
			 void (*from)(struct reader *, const struct rowset *), struct sd_error *err)
{
	if (replay_next_is_packed(r)) {
		const struct rowset *rs = take_packed(r, name, err);
		if (!rs)
			return -1;
		struct replay_part p = { .r = r, .from = from, .part = *rs };
		p.part.nrows = 0;
		p.cells = xmalloc(((size_t)PART_ROWS * (size_t)rs->ncols + 1) * sizeof(*p.cells));
		p.part.cells = p.cells;
		int rc = r->replay->each_row(r->replay, rs, replay_part_row, &p);
		if (rc == 0 && (p.part.nrows > 0 || rs->nrows == 0))
			from(r, &p.part);
		free(p.cells);
		if (rc < 0)
			return cached_rows_apart(err, name);
		return 0;
	}
	const struct rowset *res;
	if (run(r, name, &res, err) < 0)
		return -1;
	from(r, res);
	return 0;
}

static int read_schemas(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "schemas", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_name = col(res, "nspname");
	for (int i = 0; i < res->nrows; i++) {
		const char *name = cell(res, i, c_name);
		if (!schema_filter_keeps(r->filter, name))
			continue;
		struct schema_obj *s = object_alloc(r, sizeof(*s));
		add(r, &s->obj, OBJ_SCHEMA, NULL, val(r, res, i, c_name), NULL,
		    val_oid(res, i, c_oid), "");
	}
	return 0;
}

static int read_extensions(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "extensions", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_name = col(res, "extname"), c_schema = col(res, "in_schema"),
	    c_ver = col(res, "extversion");
	for (int i = 0; i < res->nrows; i++) {
		struct extension_obj *e = object_alloc(r, sizeof(*e));
		e->in_schema = val(r, res, i, c_schema);
		if (!schema_filter_keeps(r->filter, e->in_schema))
			continue;
		e->version = val(r, res, i, c_ver);
		add(r, &e->obj, OBJ_EXTENSION, NULL, val(r, res, i, c_name), NULL,
		    val_oid(res, i, c_oid),
		    arena_printf(r->a, "schema %s version %s", e->in_schema, e->version));
	}
	return 0;
}

static int read_collations(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "collations", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "collname"),
	    c_prov = col(res, "provider"), c_det = col(res, "deterministic"),
	    c_coll = col(res, "collcollate"), c_ctype = col(res, "collctype"),
	    c_icu = col(res, "colliculocale");
	struct strbuf def = STRBUF_INIT;
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct collation_obj *c = object_alloc(r, sizeof(*c));
		strbuf_reset(&def);
		strbuf_addf(&def, "PROVIDER = %s", cell(res, i, c_prov));
		if (!is_null(res, i, c_icu)) {
			strbuf_adds(&def, ", LOCALE = ");
			sql_add_literal(&def, cell(res, i, c_icu));
		} else {
			strbuf_adds(&def, ", LC_COLLATE = ");
			sql_add_literal(&def, cell(res, i, c_coll));
			strbuf_adds(&def, ", LC_CTYPE = ");
			sql_add_literal(&def, cell(res, i, c_ctype));
		}
		if (!val_bool(res, i, c_det))
			strbuf_adds(&def, ", DETERMINISTIC = false");
		add(r, &c->obj, OBJ_COLLATION, val(r, res, i, c_schema), val(r, res, i, c_name), NULL,
		    val_oid(res, i, c_oid), def.buf);
	}
	strbuf_release(&def);
	return 0;
}

static int read_enums(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "enums", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "typname"),
	    c_label = col(res, "enumlabel");
	int n = res->nrows;
	struct strbuf def = STRBUF_INIT;
	for (int i = 0; i < n;) {
		uint32_t oid = val_oid(res, i, c_oid);
		int end = i;
		while (end < n && val_oid(res, end, c_oid) == oid)
			end++;
		if (schema_filter_keeps(r->filter, cell(res, i, c_schema))) {
			struct enum_obj *e = object_alloc(r, sizeof(*e));
			e->n_labels = is_null(res, i, c_label) ? 0 : (size_t)(end - i);
			e->labels = arena_alloc(r->a, e->n_labels * sizeof(*e->labels));
			strbuf_reset(&def);
			strbuf_addch(&def, '(');
			for (int k = i; k < i + (int)e->n_labels; k++) {
				e->labels[k - i] = val(r, res, k, c_label);
				/* quoted, so the list is unambiguous whatever a label holds */
				if (k > i)
					strbuf_adds(&def, ", ");
				sql_add_literal(&def, e->labels[k - i]);
			}
			strbuf_addch(&def, ')');
			add(r, &e->obj, OBJ_ENUM, val(r, res, i, c_schema), val(r, res, i, c_name), NULL, oid, def.buf);
		}
		i = end;
	}
	strbuf_release(&def);
	return 0;
}

static int read_domains(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "domains", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "typname"),
	    c_base = col(res, "base_type"), c_coll = col(res, "collation"),
	    c_nn = col(res, "not_null"), c_def = col(res, "default_expr");
	struct strbuf def = STRBUF_INIT;
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct domain_obj *d = object_alloc(r, sizeof(*d));
		d->base_type = val(r, res, i, c_base);
		d->collation = val(r, res, i, c_coll);
		d->not_null = val_bool(res, i, c_nn);
		d->default_expr = val(r, res, i, c_def);
		strbuf_reset(&def);
		strbuf_adds(&def, d->base_type);
		if (d->collation)
			strbuf_addf(&def, " COLLATE %s", d->collation);
		if (d->default_expr)
			strbuf_addf(&def, " DEFAULT %s", d->default_expr);
		if (d->not_null)
			strbuf_adds(&def, " NOT NULL");
		add(r, &d->obj, OBJ_DOMAIN, val(r, res, i, c_schema), val(r, res, i, c_name), NULL,
		    val_oid(res, i, c_oid), def.buf);
	}
	strbuf_release(&def);
	return 0;
}

/* pg_get_constraintdef() without a trailing NOT VALID: validity is an
 * attribute of its own (NOT VALID -> valid is a VALIDATE, not a new
 * constraint), for tables' constraints as for domains'. */
static const char *constraint_def(struct reader *r, const char *def, bool validated)
{
	size_t n = strlen(def);
	if (!validated && n > 10 && !strcmp(def + n - 10, " NOT VALID"))
		n -= 10;
	return strtab_intern_n(r->strings, def, n);
}

static int read_domain_constraints(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "domain_constraints", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_domain = col(res, "typname"),
	    c_name = col(res, "conname"), c_valid = col(res, "convalidated"), c_def = col(res, "def");
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct domain_constraint_obj *k = object_alloc(r, sizeof(*k));
		k->validated = val_bool(res, i, c_valid);
		const char *def = constraint_def(r, cell(res, i, c_def), k->validated);
		k->def = def;
		add(r, &k->obj, OBJ_DOMAIN_CONSTRAINT, val(r, res, i, c_schema), val(r, res, i, c_name),
		    val(r, res, i, c_domain), val_oid(res, i, c_oid),
		    k->validated ? def : arena_printf(r->a, "%s NOT VALID", def));
	}
	return 0;
}

static int read_composites(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "composites", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "typname"),
	    c_attr = col(res, "attname"), c_type = col(res, "type"), c_coll = col(res, "collation"),
	    c_comment = col(res, "comment");
	int n = res->nrows;
	struct strbuf def = STRBUF_INIT;
	for (int i = 0; i < n;) {
		uint32_t oid = val_oid(res, i, c_oid);
		int end = i;
		while (end < n && val_oid(res, end, c_oid) == oid)
			end++;
		if (schema_filter_keeps(r->filter, cell(res, i, c_schema))) {
			struct composite_obj *t = object_alloc(r, sizeof(*t));
			t->n_attrs = is_null(res, i, c_attr) ? 0 : (size_t)(end - i);
			t->attrs = arena_alloc(r->a, t->n_attrs * sizeof(*t->attrs) + 1);
			strbuf_reset(&def);
			for (size_t k = 0; k < t->n_attrs; k++) {
				struct attribute *at = &t->attrs[k];
				at->name = val(r, res, i + (int)k, c_attr);
				at->type = val(r, res, i + (int)k, c_type);
				at->collation = val(r, res, i + (int)k, c_coll);
				at->comment = val(r, res, i + (int)k, c_comment);
				if (k)
					strbuf_adds(&def, ", ");
				sql_add_ident(&def, at->name);
				strbuf_addf(&def, " %s", at->type);
				if (at->collation)
					strbuf_addf(&def, " COLLATE %s", at->collation);
				if (at->comment) { /* part of the type: no object of its own */
					strbuf_adds(&def, " COMMENT ");
					sql_add_literal(&def, at->comment);
				}
			}
			add(r, &t->obj, OBJ_COMPOSITE, val(r, res, i, c_schema), val(r, res, i, c_name),
			    NULL, oid, def.buf);
		}
		i = end;
	}
	strbuf_release(&def);
	return 0;
}

static int read_ranges(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "ranges", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "typname");
	/* CREATE TYPE ... AS RANGE options, in the order of the query's columns */
	static const char *const options[] = { "subtype", "subtype_opclass", "collation",
					       "canonical", "subtype_diff", "multirange_type_name" };
	int c_opt[ARRAY_SIZE(options)];
	for (size_t k = 0; k < ARRAY_SIZE(options); k++)
		c_opt[k] = col(res, options[k]);
	struct strbuf def = STRBUF_INIT;
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct range_obj *t = object_alloc(r, sizeof(*t));
		strbuf_reset(&def);
		for (size_t k = 0; k < ARRAY_SIZE(options); k++)
			if (!is_null(res, i, c_opt[k]))
				strbuf_addf(&def, "%s%s = %s", def.len ? ", " : "", options[k],
					    cell(res, i, c_opt[k]));
		add(r, &t->obj, OBJ_RANGE, val(r, res, i, c_schema), val(r, res, i, c_name), NULL,
		    val_oid(res, i, c_oid), def.buf);
	}
	strbuf_release(&def);
	return 0;
}

static int read_sequences(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "sequences", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "relname"),
	    c_type = col(res, "type"), c_start = col(res, "start"), c_inc = col(res, "increment"),
	    c_min = col(res, "min"), c_max = col(res, "max"), c_cache = col(res, "cache"),
	    c_cycle = col(res, "cycle"), c_os = col(res, "owner_schema"),
	    c_ot = col(res, "owner_table"), c_oc = col(res, "owner_column"),
	    c_pers = col(res, "relpersistence");
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct sequence_obj *s = object_alloc(r, sizeof(*s));
		s->unlogged = cell(res, i, c_pers)[0] == 'u';
		s->type = val(r, res, i, c_type);
		s->start = val(r, res, i, c_start);
		s->increment = val(r, res, i, c_inc);
		s->min = val(r, res, i, c_min);
		s->max = val(r, res, i, c_max);
		s->cache = val(r, res, i, c_cache);
		s->cycle = val_bool(res, i, c_cycle);
		const char *schema = val(r, res, i, c_schema), *name = val(r, res, i, c_name);
		s->options = arena_printf(r->a, "AS %s START WITH %s INCREMENT BY %s MINVALUE %s "
						"MAXVALUE %s CACHE %s%s",
					  s->type, s->start, s->increment, s->min, s->max, s->cache,
					  s->cycle ? " CYCLE" : " NO CYCLE");
		add(r, &s->obj, OBJ_SEQUENCE, schema, name, NULL, val_oid(res, i, c_oid),
		    s->unlogged ? arena_printf(r->a, "UNLOGGED %s", s->options) : s->options);
		if (is_null(res, i, c_ot))
			continue;
		struct sequence_owner_obj *o = object_alloc(r, sizeof(*o));
		o->table_schema = val(r, res, i, c_os);
		o->table = val(r, res, i, c_ot);
		o->column = val(r, res, i, c_oc);
		add(r, &o->obj, OBJ_SEQUENCE_OWNER, schema, name, NULL, 0,
		    arena_printf(r->a, "%s.%s.%s", o->table_schema, o->table, o->column));
	}
	return 0;
}

static int read_tables(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "tables", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "relname"),
	    c_pers = col(res, "relpersistence"), c_rls = col(res, "relrowsecurity"),
	    c_force = col(res, "relforcerowsecurity"), c_key = col(res, "partition_key"),
	    c_bound = col(res, "partition_bound"), c_parents = col(res, "parents"),
	    c_ispart = col(res, "is_partition"), c_opts = col(res, "options"),
	    c_pcon = col(res, "partition_constraint"),
	    c_replident = col(res, "relreplident");
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct table_obj *t = object_alloc(r, sizeof(*t));
		t->persistence = cell(res, i, c_pers)[0];
		t->row_security = val_bool(res, i, c_rls);
		t->force_row_security = val_bool(res, i, c_force);
		t->replica_identity = cell(res, i, c_replident)[0];
		t->partition_key = val(r, res, i, c_key);
		if (val_bool(res, i, c_ispart)) {
			t->partition_of = val(r, res, i, c_parents);
			t->partition_bound = val(r, res, i, c_bound);
			t->partition_constraint = val(r, res, i, c_pcon);
		} else {
			t->inherits = val(r, res, i, c_parents);
		}
		struct strbuf def = STRBUF_INIT;
		strbuf_adds(&def, t->persistence == 'u' ? "UNLOGGED" : "LOGGED");
		if (t->partition_key)
			strbuf_addf(&def, " PARTITION BY %s", t->partition_key);
		if (t->partition_of)
			strbuf_addf(&def, " PARTITION OF %s %s", t->partition_of, t->partition_bound);
		if (t->inherits)
			strbuf_addf(&def, " INHERITS (%s)", t->inherits);
		if (t->row_security)
			strbuf_adds(&def, " ROW LEVEL SECURITY");
		if (t->force_row_security)
			strbuf_adds(&def, " FORCE ROW LEVEL SECURITY");
		if (t->replica_identity != 'd')
			strbuf_addf(&def, " REPLICA IDENTITY %s", replica_identity_name(t->replica_identity));
		t->options = val(r, res, i, c_opts);
		if (t->options && !t->options[0])
			t->options = NULL;
		if (t->options)
			strbuf_addf(&def, " WITH (%s)", t->options);
		add(r, &t->obj, OBJ_TABLE, val(r, res, i, c_schema), val(r, res, i, c_name), NULL,
		    val_oid(res, i, c_oid), def.buf);
		strbuf_release(&def);
	}
	return 0;
}

/* " STATISTICS 500 STORAGE EXTERNAL ...": the settings as the column's or
 * table's definition compares them */
static void settings_text(struct strbuf *def, const struct column_settings *s)
{
	if (s->stat_target)
		strbuf_addf(def, " STATISTICS %s", s->stat_target);
	if (s->storage)
		strbuf_addf(def, " STORAGE %s", storage_name(s->storage));
	if (s->compression)
		strbuf_addf(def, " COMPRESSION %s", compression_name(s->compression));
	if (s->options)
		strbuf_addf(def, " SET (%s)", s->options);
}

/* Where a columns row keeps the settings, looked up once per rowset */
struct settings_cols {
	int stat_target, storage, type_storage, compression, options;
};

static struct settings_cols settings_cols_of(const struct rowset *res)
{
	return (struct settings_cols){
		.stat_target = col(res, "stat_target"), .storage = col(res, "storage"),
		.type_storage = col(res, "type_storage"), .compression = col(res, "compression"),
		.options = col(res, "attribute_options"),
	};
}

static struct column_settings settings_of(struct reader *r, const struct rowset *res, int i,
					  const struct settings_cols *sc)
{
	return (struct column_settings){
		.stat_target = strcmp(cell(res, i, sc->stat_target), "-1")
				       ? val(r, res, i, sc->stat_target) : NULL,
		.storage = cell(res, i, sc->storage)[0],
		.type_storage = cell(res, i, sc->type_storage)[0],
		.compression = cell(res, i, sc->compression)[0],
		.options = val(r, res, i, sc->options),
	};
}

/* The reader's one copy of settings s: columns share them by pointer.
 * Their strings are the string table's, so equal pointers are equal
 * values. */
static const struct column_settings *settings_copy(struct reader *r,
						   const struct column_settings *s)
{
	if (column_settings_default(s) && !s->type_storage)
		return &column_settings_none;
	struct settings_pool *p = &r->settings;
	const struct { const char *stat_target, *options; char storage, type_storage,
		       compression, pad[5]; } key = { s->stat_target, s->options, s->storage,
						       s->type_storage, s->compression, { 0 } };
	uint64_t hash = index_hash_key(&key, sizeof(key));
	for (size_t i = index_hash_first(&p->by_value, hash); !index_hash_end(&p->by_value, i);
	     i = index_hash_next(&p->by_value, i, hash)) {
		const struct column_settings *c = p->v[index_hash_item(&p->by_value, i)];
		if (c->stat_target == s->stat_target && c->options == s->options &&
		    c->storage == s->storage && c->type_storage == s->type_storage &&
		    c->compression == s->compression)
			return c;
	}
	if (p->n == p->cap) { /* grown, and indexed again, when full */
		p->cap = p->cap ? 2 * p->cap : 16;
		p->v = xrealloc(p->v, p->cap * sizeof(*p->v));
		p->hash = xrealloc(p->hash, p->cap * sizeof(*p->hash));
		index_hash_free(&p->by_value);
		index_hash_init(&p->by_value, p->cap, (uint32_t)p->cap);
		for (size_t k = 0; k < p->n; k++)
			index_hash_add(&p->by_value, p->hash[k], (uint32_t)k);
	}
	struct column_settings *copy = arena_alloc(r->a, sizeof(*copy));
	*copy = *s;
	p->hash[p->n] = hash;
	index_hash_add(&p->by_value, hash, (uint32_t)p->n);
	p->v[p->n++] = copy;
	return copy;
}

/* A child's or partition's inherited column with settings of its own:
 * kept for its table (attach_inherited_settings) */
static void keep_inherited(struct reader *r, uint32_t table_oid, const char *column,
			   struct column_settings settings)
{
	if (r->n_inherited == r->cap_inherited) {
		r->cap_inherited = r->cap_inherited ? 2 * r->cap_inherited : 64;
		r->inherited = xrealloc(r->inherited, r->cap_inherited * sizeof(*r->inherited));
	}
	r->inherited[r->n_inherited++] = (struct inherited_row){
		.table_oid = table_oid, .s = { .column = column, .settings = settings },
	};
}

static void columns_from(struct reader *r, const struct rowset *res)
{
	struct strbuf scratch = STRBUF_INIT, *def = &scratch;
	int c_oid = col(res, "table_oid"), c_schema = col(res, "nspname"),
	    c_table = col(res, "relname"), c_name = col(res, "attname"), c_num = col(res, "attnum"),
	    c_type = col(res, "type"), c_coll = col(res, "collation"),
	    c_nn = col(res, "not_null"), c_def = col(res, "default_expr"),
	    c_id = col(res, "identity"), c_gen = col(res, "generated"),
	    c_idopt = col(res, "identity_options"), c_seqs = col(res, "identity_seq_schema"),
	    c_seqn = col(res, "identity_seq_name"), c_relkind = col(res, "relkind"),
	    c_volatile = col(res, "volatile_default"), c_inherited = col(res, "inherited");
	struct settings_cols sc = settings_cols_of(res);
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		if (val_bool(res, i, c_inherited)) {
			keep_inherited(r, val_oid(res, i, c_oid), val(r, res, i, c_name),
				       settings_of(r, res, i, &sc));
			continue;
		}
		struct column_obj *c = object_alloc(r, sizeof(*c));
		c->attnum = atoi(cell(res, i, c_num));
		c->type = val(r, res, i, c_type);
		c->collation = val(r, res, i, c_coll);
		c->not_null = val_bool(res, i, c_nn);
		c->default_expr = val(r, res, i, c_def);
		c->identity = cell(res, i, c_id)[0];
		if (c->identity) {
			struct identity_sequence *seq = object_alloc(r, sizeof(*seq));
			seq->schema = val(r, res, i, c_seqs);
			seq->name = val(r, res, i, c_seqn);
			seq->options = val(r, res, i, c_idopt);
			c->identity_seq = seq;
		}
		c->generated = cell(res, i, c_gen)[0];
		c->volatile_default = val_bool(res, i, c_volatile);
		/* The attnum is left out on purpose: PostgreSQL can only add
		 * columns at the end, so position is not a difference. */
		strbuf_reset(def);
		strbuf_addf(def, "%s", c->type);
		if (c->collation)
			strbuf_addf(def, " COLLATE %s", c->collation);
		if (c->generated)
			strbuf_addf(def, " GENERATED ALWAYS AS (%s) STORED", c->default_expr);
		else if (c->default_expr)
			strbuf_addf(def, " DEFAULT %s", c->default_expr);
		if (c->identity)
			strbuf_addf(def, " GENERATED %s AS IDENTITY (SEQUENCE NAME %s.%s %s)",
				    c->identity == 'a' ? "ALWAYS" : "BY DEFAULT", c->identity_seq->schema,
				    c->identity_seq->name, c->identity_seq->options);
		if (c->not_null)
			strbuf_adds(def, " NOT NULL");
		bool of_view = strchr("vm", cell(res, i, c_relkind)[0]) != NULL;
		/* ALTER MATERIALIZED VIEW ... SET STATISTICS is refused: not managed */
		if (of_view) {
			c->settings = &column_settings_none;
		} else {
			struct column_settings s = settings_of(r, res, i, &sc);
			c->settings = settings_copy(r, &s);
		}
		settings_text(def, c->settings);
		if (of_view)
			strbuf_reset(def); /* a view's column is part of the view */
		add(r, &c->obj, of_view ? OBJ_VIEW_COLUMN : OBJ_COLUMN, val(r, res, i, c_schema),
		    val(r, res, i, c_name), val(r, res, i, c_table), val_oid(res, i, c_oid), def->buf);
	}
	strbuf_release(&scratch);
}

/* An index's (or key constraint's) definition with the marks its table
 * keeps on it, so a change of a mark alone is a difference */
static const char *with_index_marks(struct reader *r, const char *def, bool clustered,
				    bool replica_identity)
{
	if (!clustered && !replica_identity)
		return def;
	return arena_printf(r->a, "%s%s%s", def, clustered ? " CLUSTER" : "",
			    replica_identity ? " REPLICA IDENTITY" : "");
}

static void constraints_from(struct reader *r, const struct rowset *res)
{
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_table = col(res, "relname"),
	    c_name = col(res, "conname"), c_type = col(res, "contype"), c_def = col(res, "def"),
	    c_valid = col(res, "convalidated"), c_clustered = col(res, "clustered"),
	    c_replident = col(res, "replica_identity");
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct constraint_obj *k = object_alloc(r, sizeof(*k));
		k->contype = cell(res, i, c_type)[0];
		k->validated = val_bool(res, i, c_valid);
		k->clustered = val_bool(res, i, c_clustered);
		k->replica_identity = val_bool(res, i, c_replident);
		const char *def = constraint_def(r, cell(res, i, c_def), k->validated);
		k->def = def;
		add(r, &k->obj, OBJ_CONSTRAINT, val(r, res, i, c_schema), val(r, res, i, c_name),
		    val(r, res, i, c_table), val_oid(res, i, c_oid),
		    with_index_marks(r, k->validated ? def : arena_printf(r->a, "%s NOT VALID", def),
				     k->clustered, k->replica_identity));
	}
}

static void indexes_from(struct reader *r, const struct rowset *res)
{
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"),
	    c_table = col(res, "table_name"), c_name = col(res, "relname"), c_def = col(res, "def"),
	    c_clustered = col(res, "clustered"), c_replident = col(res, "replica_identity");
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct index_obj *x = object_alloc(r, sizeof(*x));
		x->def = val(r, res, i, c_def);
		x->clustered = val_bool(res, i, c_clustered);
		x->replica_identity = val_bool(res, i, c_replident);
		add(r, &x->obj, OBJ_INDEX, val(r, res, i, c_schema), val(r, res, i, c_name),
		    val(r, res, i, c_table), val_oid(res, i, c_oid),
		    with_index_marks(r, x->def, x->clustered, x->replica_identity));
	}
}

/* s without trailing characters of chars, as the model keeps it */
static const char *strip_trailing(struct reader *r, const char *s, const char *chars)
{
	size_t n = strlen(s);
	while (n > 0 && strchr(chars, s[n - 1]))
		n--;
	return strtab_intern_n(r->strings, s, n);
}

/* A function's identity without its OUT arguments, which PostgreSQL
 * prints in pg_get_function_identity_arguments() but does not count: a
 * function that gains an OUT argument is the same function with a new
 * result, made again with CREATE OR REPLACE or drop and create, never a
 * second function beside the first.  (A procedure's OUT arguments do
 * count.)  The list is split at ", " outside parentheses and quotes. */
static const char *input_arguments(struct reader *r, const char *identity)
{
	if (!identity || !strstr(identity, "OUT "))
		return identity;
	struct strbuf out = STRBUF_INIT;
	const char *start = identity;
	int depth = 0;
	bool quoted = false;
	for (const char *p = identity;; p++) {
		if (*p == '"')
			quoted = !quoted; /* a doubled "" inside toggles twice */
		else if (!quoted && *p == '(')
			depth++;
		else if (!quoted && *p == ')')
			depth--;
		bool end = !*p || (!quoted && depth == 0 && p[0] == ',' && p[1] == ' ');
		if (!end)
			continue;
		if (strncmp(start, "OUT ", 4))
			strbuf_addf(&out, "%s%.*s", out.len ? ", " : "", (int)(p - start), start);
		if (!*p)
			break;
		start = p + 2;
	}
	const char *kept = strtab_intern(r->strings, out.buf);
	strbuf_release(&out);
	return kept;
}

static int read_functions(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "functions", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "proname"),
	    c_kind = col(res, "prokind"), c_id = col(res, "identity_args"), c_args = col(res, "args"),
	    c_res = col(res, "result"), c_def = col(res, "def"), c_types = col(res, "arg_types");
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct function_obj *f = object_alloc(r, sizeof(*f));
		f->prokind = cell(res, i, c_kind)[0];
		f->args = val(r, res, i, c_args);
		f->result = val(r, res, i, c_res);
		f->arg_types = val(r, res, i, c_types);
		f->def = strip_trailing(r, cell(res, i, c_def), " \n;");
		const char *identity = val(r, res, i, c_id);
		object_set_signature(r->a, &f->obj,
				     f->prokind == 'f' ? input_arguments(r, identity) : identity);
		add(r, &f->obj, OBJ_FUNCTION, val(r, res, i, c_schema), val(r, res, i, c_name), NULL,
		    val_oid(res, i, c_oid), f->def);
	}
	return 0;
}

static void views_from(struct reader *r, const struct rowset *res)
{
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "relname"),
	    c_kind = col(res, "relkind"), c_def = col(res, "def"), c_opt = col(res, "options"),
	    c_cols = col(res, "columns"), c_populated = col(res, "relispopulated");
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct view_obj *v = object_alloc(r, sizeof(*v));
		v->relkind = cell(res, i, c_kind)[0];
		v->unpopulated = v->relkind == 'm' && !val_bool(res, i, c_populated);
		v->def = strip_trailing(r, cell(res, i, c_def), " \n;");
		v->options = val(r, res, i, c_opt);
		if (!v->options)
			v->options = "";
		v->columns = val(r, res, i, c_cols);
		if (!v->columns)
			v->columns = "";
		/* the output columns are part of the definition: the same text
		 * over a column whose type changed is a different view */
		add(r, &v->obj, OBJ_VIEW, val(r, res, i, c_schema), val(r, res, i, c_name), NULL,
		    val_oid(res, i, c_oid),
		    arena_printf(r->a, "%s(%s) WITH (%s) AS %s",
				 v->relkind == 'm' ? "MATERIALIZED " : "", v->columns, v->options, v->def));
	}
}

static void triggers_from(struct reader *r, const struct rowset *res)
{
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_table = col(res, "relname"),
	    c_name = col(res, "tgname"), c_def = col(res, "def"), c_enabled = col(res, "tgenabled");
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct trigger_obj *t = object_alloc(r, sizeof(*t));
		t->def = val(r, res, i, c_def);
		t->enabled = cell(res, i, c_enabled)[0];
		add(r, &t->obj, OBJ_TRIGGER, val(r, res, i, c_schema), val(r, res, i, c_name),
		    val(r, res, i, c_table), val_oid(res, i, c_oid),
		    t->enabled == 'O' ? t->def
				      : arena_printf(r->a, "%s; %s", t->def,
						     trigger_enabled_clause(t->enabled)));
	}
}

/* The queries whose every row makes objects of its own, with nothing
 * between them: a live read takes their parts in the order they come
 * from either session (catalog_fetch_get_any_part), so the second
 * session's results are made into objects as they arrive, never held
 * whole while the reader is busy with another query.  A log is recorded
 * and replayed query by query. */
static int read_table_parts(struct reader *r, struct sd_error *err)
{
	static const struct {
		const char *name;
		void (*from)(struct reader *, const struct rowset *);
	} steps[] = {
		{ "columns", columns_from }, { "constraints", constraints_from },
		{ "indexes", indexes_from }, { "views", views_from },
		{ "triggers", triggers_from },
	};
	if (r->replay || r->record) {
		for (size_t k = 0; k < ARRAY_SIZE(steps); k++)
			if (read_by_parts(r, steps[k].name, steps[k].from, err) < 0)
				return -1;
		return 0;
	}
	size_t want[ARRAY_SIZE(steps)], n_want = 0;
	for (size_t k = 0; k < ARRAY_SIZE(steps); k++)
		want[n_want++] = query_index(r, steps[k].name);
	while (n_want > 0) {
		release_rows(r);
		size_t q;
		struct rowset *rs;
		bool last;
		if (catalog_fetch_get_any_part(r->fetch, want, n_want, PART_ROWS, &q, &rs, &last,
					       err) < 0)
			return -1;
		r->held = (long)q;
		size_t k = 0;
		while (strcmp(steps[k].name, r->fetch->q[q].name))
			k++;
		steps[k].from(r, rs);
		if (last) { /* the rest keep their order: the first is the main session's */
			size_t w = 0;
			while (want[w] != q)
				w++;
			memmove(want + w, want + w + 1, (n_want - w - 1) * sizeof(*want));
			n_want--;
		}
	}
	return 0;
}

static int read_policies(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "policies", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_table = col(res, "relname"),
	    c_name = col(res, "polname"), c_perm = col(res, "polpermissive"), c_cmd = col(res, "cmd"),
	    c_roles = col(res, "roles"), c_using = col(res, "using_expr"),
	    c_check = col(res, "check_expr");
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct policy_obj *p = object_alloc(r, sizeof(*p));
		p->permissive = val_bool(res, i, c_perm);
		p->cmd = val(r, res, i, c_cmd);
		p->roles = val(r, res, i, c_roles);
		p->using_expr = val(r, res, i, c_using);
		p->check_expr = val(r, res, i, c_check);
		struct strbuf def = STRBUF_INIT;
		strbuf_addf(&def, "AS %s FOR %s TO %s", p->permissive ? "PERMISSIVE" : "RESTRICTIVE",
			    p->cmd, p->roles);
		if (p->using_expr)
			strbuf_addf(&def, " USING (%s)", p->using_expr);
		if (p->check_expr)
			strbuf_addf(&def, " WITH CHECK (%s)", p->check_expr);
		add(r, &p->obj, OBJ_POLICY, val(r, res, i, c_schema), val(r, res, i, c_name),
		    val(r, res, i, c_table), val_oid(res, i, c_oid), def.buf);
		strbuf_release(&def);
	}
	return 0;
}

/* --- dependencies --------------------------------------------------- */

static uint64_t oid_hash(uint32_t classid, uint32_t oid, int32_t subid)
{
	const struct { uint32_t classid, oid; int32_t subid; } key = { classid, oid, subid };
	return index_hash_key(&key, sizeof(key));
}

static struct object *by_oid(struct reader *r, uint32_t classid, uint32_t oid, int32_t subid)
{
	const struct index_hash *h = &r->by_oid;
	uint64_t hash = oid_hash(classid, oid, subid);
	for (size_t s = index_hash_first(h, hash); !index_hash_end(h, s);
	     s = index_hash_next(h, s, hash)) {
		struct object *o = r->m->objects[index_hash_item(h, s)];
		if (o->oid == oid && subid_of(o) == subid && catalog_of(o->kind) == classid)
			return o;
	}
	return NULL;
}

static int read_statistics(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "statistics", &res, err) < 0)
		return -1;
	int c_oid = col(res, "oid"), c_schema = col(res, "nspname"), c_name = col(res, "stxname"),
	    c_def = col(res, "def"), c_target = col(res, "stat_target"),
	    c_tschema = col(res, "table_schema"), c_table = col(res, "table_name");
	struct strbuf def = STRBUF_INIT;
	for (int i = 0; i < res->nrows; i++) {
		if (!schema_filter_keeps(r->filter, cell(res, i, c_schema)))
			continue;
		struct statistics_obj *s = object_alloc(r, sizeof(*s));
		s->def = val(r, res, i, c_def);
		s->stat_target = val(r, res, i, c_target);
		s->table_schema = val(r, res, i, c_tschema);
		s->table = val(r, res, i, c_table);
		strbuf_reset(&def);
		strbuf_adds(&def, s->def);
		if (s->stat_target)
			strbuf_addf(&def, " STATISTICS %s", s->stat_target);
		add(r, &s->obj, OBJ_STATISTICS, val(r, res, i, c_schema), val(r, res, i, c_name), NULL,
		    val_oid(res, i, c_oid), def.buf);
	}
	strbuf_release(&def);
	return 0;
}

/* The inherited columns' settings go to their tables, in the order read
 * (attnum), and into the table's definition, so a change alters it. */
static void attach_inherited_settings(struct reader *r)
{
	struct strbuf def = STRBUF_INIT;
	for (size_t i = 0; i < r->n_inherited;) {
		size_t n = 1;
		while (i + n < r->n_inherited && r->inherited[i + n].table_oid == r->inherited[i].table_oid)
			n++;
		struct table_obj *t = (struct table_obj *)by_oid(r, CLASS_PG_CLASS,
								 r->inherited[i].table_oid, 0);
		if (t && t->obj.kind == OBJ_TABLE) {
			struct inherited_settings *v = arena_alloc(r->a, n * sizeof(*v));
			strbuf_reset(&def);
			strbuf_adds(&def, t->obj.definition);
			for (size_t k = 0; k < n; k++) {
				v[k] = r->inherited[i + k].s;
				strbuf_adds(&def, k ? ", " : " INHERITED COLUMNS ");
				sql_add_ident(&def, v[k].column);
				settings_text(&def, &v[k].settings);
			}
			t->inherited = v;
			t->n_inherited = n;
			const char *text = strtab_intern(r->strings, def.buf);
			object_set_definition(&t->obj, text);
			object_set_alt_definition(r->a, &t->obj, respell_array_casts(r->a, text));
		}
		i += n;
	}
	strbuf_release(&def);
	free(r->inherited);
	r->inherited = NULL;
	r->n_inherited = r->cap_inherited = 0;
}

/* (Re)index the model's objects by oid: before comments and privileges
 * find their objects, and after model_finish() has put them in order. */
static void index_by_oid(struct reader *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->m->n; i++)
		n += catalog_of(r->m->objects[i]->kind) != 0;
	index_hash_free(&r->by_oid);
	index_hash_init(&r->by_oid, n, (uint32_t)r->m->n); /* freed by read_all */
	for (size_t i = 0; i < r->m->n; i++) {
		const struct object *o = r->m->objects[i];
		if (catalog_of(o->kind))
			index_hash_add(&r->by_oid, oid_hash(catalog_of(o->kind), o->oid, subid_of(o)),
				       (uint32_t)i);
	}
}

/* A comment is an object of its own, keyed by what it describes, so it is
 * created, changed and dropped like anything else. */
static int read_comments(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "comments", &res, err) < 0)
		return -1;
	for (int i = 0; i < res->nrows; i++) {
		const struct object *target = by_oid(r, val_oid(res, i, 0), val_oid(res, i, 1),
						     atoi(cell(res, i, 2)));
		/* an extension's comment comes with the extension */
		if (!target || target->kind == OBJ_COMMENT || target->kind == OBJ_EXTENSION)
			continue;
		struct comment_obj *c = object_alloc(r, sizeof(*c));
		c->target = target;
		c->text = val(r, res, i, 3);
		c->on_index = val_bool(res, i, 4) && target->kind == OBJ_CONSTRAINT;
		c->on_identity_sequence = val_bool(res, i, 5) && target->kind == OBJ_COLUMN;
		if (val_bool(res, i, 5) && !c->on_identity_sequence)
			continue;
		object_set_signature(r->a, &c->obj, object_signature(target));
		/* key: the target's kind and identity (and whether on its index
		 * or identity sequence) */
		add(r, &c->obj, OBJ_COMMENT, target->schema, target->name,
		    arena_printf(r->a, "%s%s %s", obj_kind_name(target->kind),
				 c->on_index ? " index" : c->on_identity_sequence ? " sequence" : "",
				 target->parent ? target->parent : ""),
		    0, c->text);
	}
	return 0;
}

/* by target's address: render.c looks a rebuilt object's grants up */
static int by_target(const void *x, const void *y)
{
	uintptr_t a = (uintptr_t)(*(const struct privilege_obj *const *)x)->target,
		  b = (uintptr_t)(*(const struct privilege_obj *const *)y)->target;
	return (a > b) - (a < b);
}

/* One object per (target, grantee) from the rows of query (privileges or
 * column_privileges), which come sorted that way.  Without --privileges
 * they go to model.carried instead of the model (*cap: its room). */
static int read_privilege_rows(struct reader *r, const char *query, size_t *cap,
			       struct sd_error *err)
{
	bool carry = !r->filter->privileges;
	const struct rowset *res;
	if (run(r, query, &res, err) < 0)
		return -1;
	int n = res->nrows;
	struct strbuf def = STRBUF_INIT;
	for (int i = 0; i < n;) {
		int end = i + 1;
		while (end < n && !strcmp(cell(res, end, 1), cell(res, i, 1)) &&
		       !strcmp(cell(res, end, 0), cell(res, i, 0)) &&
		       !strcmp(cell(res, end, 2), cell(res, i, 2)) &&
		       !strcmp(cell(res, end, 3), cell(res, i, 3)) &&
		       !strcmp(cell(res, end, 4), cell(res, i, 4)))
			end++;
		const struct object *target = by_oid(r, val_oid(res, i, 0), val_oid(res, i, 1),
						     atoi(cell(res, i, 2)));
		if (target && (!val_bool(res, i, 3) || target->kind == OBJ_COLUMN)) {
			struct privilege_obj *p = object_alloc(r, sizeof(*p));
			p->target = target;
			p->on_identity_sequence = val_bool(res, i, 3);
			p->grantee = val(r, res, i, 4);
			p->n_privs = (size_t)(end - i);
			p->privs = arena_alloc(r->a, p->n_privs * sizeof(*p->privs));
			p->grantable = arena_alloc(r->a, p->n_privs * sizeof(*p->grantable));
			strbuf_reset(&def);
			for (int k = i; k < end; k++) {
				p->privs[k - i] = val(r, res, k, 5);
				p->grantable[k - i] = val_bool(res, k, 6);
				strbuf_addf(&def, "%s%s%s", k > i ? ", " : "", p->privs[k - i],
					    p->grantable[k - i] ? " WITH GRANT OPTION" : "");
			}
			if (carry) {
				struct model *m = r->m;
				if (m->n_carried == *cap) {
					size_t nc = *cap ? *cap * 2 : 64;
					m->carried = arena_grow(r->a, m->carried, *cap, nc,
								sizeof(*m->carried));
					*cap = nc;
				}
				m->carried[m->n_carried++] = p;
				i = end;
				continue;
			}
			object_set_signature(r->a, &p->obj, object_signature(target));
			/* key: the target's kind and identity, and the grantee */
			add(r, &p->obj, OBJ_PRIVILEGE, target->schema, target->name,
			    privilege_key_parent(r->a, target, p->on_identity_sequence, p->grantee), 0,
			    def.buf);
		}
		i = end;
	}
	strbuf_release(&def);
	return 0;
}

/* Grants on objects, then (with --privileges) on columns; without it, on
 * view columns, and the carried grants sorted by target for
 * carry_privileges() in render.c. */
static int read_privileges(struct reader *r, struct sd_error *err)
{
	size_t cap = 0;
	if (read_privilege_rows(r, "privileges", &cap, err) < 0)
		return -1;
	if (r->filter->privileges)
		return read_privilege_rows(r, "column_privileges", &cap, err);
	if (read_privilege_rows(r, "view_column_privileges", &cap, err) < 0)
		return -1;
	r->m->carries_privileges = true;
	if (r->m->n_carried)
		qsort(r->m->carried, r->m->n_carried, sizeof(*r->m->carried), by_target);
	return 0;
}

static int read_roles(struct reader *r, struct sd_error *err)
{
	const struct rowset *res;
	if (run(r, "roles", &res, err) < 0)
		return -1;
	r->m->n_roles = (size_t)res->nrows;
	r->m->roles = arena_alloc(r->a, (r->m->n_roles + 1) * sizeof(*r->m->roles));
	for (int i = 0; i < res->nrows; i++)
		r->m->roles[i] = val(r, res, i, 0);
	return 0;
}

static struct object *find_column(struct reader *r, const char *schema, const char *table,
				  const char *column)
{
	struct object key = { .kind = OBJ_COLUMN, .schema = schema, .parent = table, .name = column };
	return model_find(r->m, &key);
}

/* The relation a sub-object belongs to: a table, or a view for the
 * indexes of materialized views and the triggers of views. */
static struct object *find_table(struct reader *r, const char *schema, const char *table)
{
	struct object key = { .kind = OBJ_TABLE, .schema = schema, .name = table };
	struct object *t = model_find(r->m, &key);
	if (t)
		return t;
	key.kind = OBJ_VIEW;
	return model_find(r->m, &key);
}

/* Structure the catalog does not record in pg_depend: a sub-object needs
 * its table, and a sequence owner needs both its sequence and column. */
static void link_structure(struct reader *r)
{
	for (size_t i = 0; i < r->m->n; i++) {
		struct object *o = r->m->objects[i];
		if (o->kind == OBJ_COMMENT || o->kind == OBJ_PRIVILEGE) {
			/* goes with its object: dropped with it, made after it */
			o->owner = (struct object *)(o->kind == OBJ_COMMENT
							     ? ((struct comment_obj *)o)->target
							     : ((struct privilege_obj *)o)->target);
			dep_edges_add(&r->edges, o, o->owner);
		} else if (o->kind == OBJ_DOMAIN_CONSTRAINT) {
			struct object key = { .kind = OBJ_DOMAIN, .schema = o->schema, .name = o->parent };
			o->owner = model_find(r->m, &key);
			if (o->owner)
				dep_edges_add(&r->edges, o, o->owner);
		} else if (o->parent) {
			o->owner = find_table(r, o->schema, o->parent);
			if (o->owner)
				dep_edges_add(&r->edges, o, o->owner);
		} else if (o->kind == OBJ_STATISTICS) {
			/* on a table (or materialized view) of any schema */
			const struct statistics_obj *s = (const void *)o;
			o->owner = find_table(r, s->table_schema, s->table);
			if (o->owner)
				dep_edges_add(&r->edges, o, o->owner);
		}
		if (o->kind == OBJ_SEQUENCE_OWNER) {
			struct sequence_owner_obj *so = (struct sequence_owner_obj *)o;
			struct object key = { .kind = OBJ_SEQUENCE, .schema = o->schema, .name = o->name };
			struct object *seq = model_find(r->m, &key);
			struct object *c = find_column(r, so->table_schema, so->table, so->column);
			if (seq)
				dep_edges_add(&r->edges, o, seq);
			if (c)
				dep_edges_add(&r->edges, o, c);
		}
	}
	/* a table's columns in attnum order: counted, then each array made
	 * once at its size */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < r->m->n; i++) {
			struct object *o = r->m->objects[i];
			if (o->kind != OBJ_COLUMN || !o->owner || o->owner->kind != OBJ_TABLE)
				continue;
			struct table_obj *t = (struct table_obj *)o->owner;
			if (pass == 0) {
				t->n_columns++;
				continue;
			}
			if (!t->columns) {
				t->columns = arena_alloc(r->a, t->n_columns * sizeof(*t->columns));
				t->n_columns = 0;
			}
			t->columns[t->n_columns++] = (struct column_obj *)o;
		}
	for (size_t i = 0; i < r->m->n; i++) {
		struct object *o = r->m->objects[i];
		if (o->kind != OBJ_TABLE)
			continue;
		struct table_obj *t = (struct table_obj *)o;
		for (size_t a = 1; a < t->n_columns; a++) /* insertion sort: few, nearly sorted */
			for (size_t b = a; b > 0 && t->columns[b - 1]->attnum > t->columns[b]->attnum; b--) {
				struct column_obj *tmp = t->columns[b];
				t->columns[b] = t->columns[b - 1];
				t->columns[b - 1] = tmp;
			}
	}
}

/* The edge a pg_depend row (depends.sql's six columns: classid, objid,
 * objsubid and the same of what it needs) makes between two objects of
 * the model: false when an end is not in the model or the edge is
 * structure already linked. */
static bool depend_edge(struct reader *r, const uint32_t v[6], struct object **o_out,
			struct object **ref_out)
{
	int32_t subid = (int32_t)v[2], rsubid = (int32_t)v[5];
	struct object *o = by_oid(r, v[0], v[1], subid);
	if (!o && subid)
		o = by_oid(r, v[0], v[1], 0); /* a composite type's attribute */
	struct object *ref = by_oid(r, v[3], v[4], rsubid);
	if (!ref && rsubid)
		ref = by_oid(r, v[3], v[4], 0);
	if (!o || !ref || o == ref || ref->owner == o)
		return false;
	/* OWNED BY is the sequence owner object's business; as a dep of
	 * the sequence it would make a cycle with the column's default */
	if (o->kind == OBJ_SEQUENCE && ref->kind == OBJ_COLUMN)
		return false;
	*o_out = o;
	*ref_out = ref;
	return true;
}

/* Where a read's translated pg_depend rows go as edges.  A live read's
 * packed rows are rewritten in place: an edge (two object indexes) is half
 * a row's size, so the edges of the rows read so far fit over them; the
 * rare row that makes more edges than that room holds (an end with
 * several aliases) adds the rest to the reader's list. */
struct edge_sink {
	struct reader *r;
	uint32_t *over;    /* the packed rows' memory, or NULL */
	size_t k, room;    /* edges written over it; uint32 slots read so far */
};

static void add_edge(void *arg, const uint32_t v[6])
{
	struct edge_sink *s = arg;
	struct object *o, *ref;
	if (!depend_edge(s->r, v, &o, &ref))
		return;
	if (s->over && 2 * s->k + 2 <= s->room) {
		s->over[2 * s->k] = o->index;
		s->over[2 * s->k + 1] = ref->index;
		s->k++;
	} else {
		dep_edges_add(&s->r->edges, o, ref);
	}
}

static void alias_cells(void *arg, const char *const *cells)
{
	depend_aliases_add(arg, cells);
}

static void depend_cells(void *arg, const char *const *cells)
{
	struct edge_sink *s = arg;
	struct depend_pair row;
	if (depend_pair_from_cells(&s->r->depends, cells, &row))
		depend_translate(&s->r->depends, &row, add_edge, s);
}

/* The kept rows become edges in their own array, written over them (see
 * struct edge_sink); the array then shrinks to them, with the edges added
 * one by one (the structure's, link_structure) in front, and becomes the
 * edge list. */
static void depend_rows_to_edges(struct reader *r)
{
	struct depend_rows *d = &r->depends;
	_Static_assert(2 * sizeof(uint32_t) <= sizeof(struct depend_pair), "an edge fits in a row");
	const size_t slots_per_row = sizeof(struct depend_pair) / sizeof(uint32_t);
	struct edge_sink s = { .r = r, .over = (uint32_t *)d->rows };
	for (size_t i = 0; i < d->n_rows; i++) {
		const struct depend_pair row = d->rows[i];
		s.room = (i + 1) * slots_per_row;
		depend_translate(d, &row, add_edge, &s);
	}
	size_t front = r->edges.n;
	uint32_t *edges = xrealloc(d->rows, (front + s.k + 1) * 2 * sizeof(*edges));
	d->rows = NULL;
	memmove(edges + 2 * front, edges, s.k * 2 * sizeof(*edges));
	if (front)
		memcpy(edges, r->edges.v, front * 2 * sizeof(*edges));
	free(r->edges.v);
	r->edges = (struct dep_edges){ .v = edges, .n = front + s.k, .cap = front + s.k + 1 };
}

/* The rows of a query that a live read kept packed (catalog_query.row),
 * or each row's cells to each(): one at a time from a packed cache
 * entry, else from the rowset. */
static int each_row(struct reader *r, const char *name, void (*each)(void *, const char *const *),
		    void *arg, bool *kept, struct sd_error *err)
{
	*kept = false;
	if (replay_next_is_packed(r)) {
		const struct rowset *rs = take_packed(r, name, err);
		if (!rs)
			return -1;
		if (rs->ncols != 6 || r->replay->each_row(r->replay, rs, each, arg) < 0)
			return cached_rows_apart(err, name);
		return 0;
	}
	const struct rowset *res;
	if (run(r, name, &res, err) < 0)
		return -1;
	if (r->fetch && r->fetch->q[query_index(r, name)].row) {
		*kept = true;
		return 0;
	}
	if (res->ncols != 6)
		return sd_error_set(err, SD_ERR_INPUT, "catalog rows of \"%s\" do not hold "
						       "together", name);
	for (int i = 0; i < res->nrows; i++)
		each(arg, res->cells + (size_t)i * 6);
	return 0;
}

/* pg_depend's rows are the most of any query, and each becomes an edge:
 * they are not made a rowset beside both models where they can be taken
 * one at a time (a packed cache entry) or kept packed (a live read).
 * The aliases come first: the rows are translated with them. */
static int read_depends(struct reader *r, struct sd_error *err)
{
	bool kept;
	if (each_row(r, "depend_aliases", alias_cells, &r->depends, &kept, err) < 0)
		return -1;
	depend_aliases_done(&r->depends);
	struct edge_sink s = { .r = r };
	if (each_row(r, "depends", depend_cells, &s, &kept, err) < 0)
		return -1;
	if (kept)
		depend_rows_to_edges(r);
	return 0;
}

/* The reading itself, the same whether rows come from a database or a log.
 * It frees its scaffolding (strings table, rows, edges, oid index) on
 * every path. */
static int read_all(struct reader *r, struct model *out, struct sd_error *err)
{
	const struct schema_filter *filter = r->filter;
	int rc = 0;
	int (*const steps[])(struct reader *, struct sd_error *) = {
		read_schemas, read_extensions, read_collations, read_enums, read_domains,
		read_composites, read_ranges, read_sequences, read_functions, read_domain_constraints,
		read_tables, read_table_parts, read_policies, read_statistics,
	};
	for (size_t i = 0; rc == 0 && i < ARRAY_SIZE(steps); i++)
		rc = steps[i](r, err);
	if (rc == 0) {
		index_by_oid(r);
		attach_inherited_settings(r);
		rc = read_comments(r, err);
	}
	if (rc == 0 && filter && (filter->privileges || filter->carry_privileges))
		rc = read_privileges(r, err);
	if (rc == 0 && filter && filter->privileges)
		rc = read_roles(r, err);
	out->has_privileges = filter && filter->privileges;
	/* every string the model keeps is in it now */
	strtab_release(r->strings);
	if (rc == 0) {
		model_finish(r->a, out);
		index_by_oid(r);
		link_structure(r);
		rc = read_depends(r, err);
	} else {
		model_abandon(out);
	}
	/* the rows of pg_depend and the oid index go before the edges
	 * become arrays: this is the read's peak */
	release_rows(r);
	depend_rows_free(&r->depends);
	index_hash_free(&r->by_oid);
	free(r->settings.v);
	free(r->settings.hash);
	index_hash_free(&r->settings.by_value);
	free(r->inherited);
	if (rc == 0)
		dep_edges_apply(r->a, out, &r->edges);
	free(r->edges.v);
	return rc;
}

static void use_strings(struct reader *r, struct arena *a)
{
	if (r->filter && r->filter->strings) {
		r->strings = r->filter->strings;
		if (!r->filter->strings_held)
			strtab_hold(r->strings);
	} else {
		strtab_init(&r->own_strings, a);
		r->strings = &r->own_strings;
	}
}

/* Privileges with --privileges, or to carry them (a live read without it);
 * column privileges and the role names only with it; the rest always. */
static bool query_wanted(const struct schema_filter *filter, const char *name)
{
	bool managed = filter && filter->privileges;
	if (!strcmp(name, "privileges"))
		return managed || (filter && filter->carry_privileges);
	if (!strcmp(name, "column_privileges") || !strcmp(name, "roles"))
		return managed;
	if (!strcmp(name, "view_column_privileges"))
		return !managed && filter && filter->carry_privileges;
	return true;
}

int catalog_read(struct arena *a, struct db *db, const struct schema_filter *filter, bool spread,
		 struct model *out, struct catalog_log *record, struct sd_error *err)
{
	struct catalog_fetch fetch;
	struct reader r = { .a = a, .fetch = &fetch, .filter = filter, .m = out, .record = record,
			    .held = -1 };
	/* the queries this read asks, in order */
	struct catalog_query asked[ARRAY_SIZE(queries)];
	size_t n = 0;
	for (size_t i = 0; i < ARRAY_SIZE(queries); i++) {
		if (!query_wanted(filter, queries[i].name))
			continue;
		asked[n] = queries[i];
		/* a recorded read keeps every rowset, for the replay */
		if (!strcmp(queries[i].name, "depends") && !record) {
			asked[n].row = depend_rows_keep;
			asked[n].arg = &r.depends;
		} else if (!strcmp(queries[i].name, "depend_aliases") && !record) {
			asked[n].row = depend_aliases_keep;
			asked[n].arg = &r.depends;
		}
		n++;
	}
	memset(out, 0, sizeof(*out));
	use_strings(&r, a);
	int rc = catalog_fetch_begin(&fetch, db, spread, asked, n, err);
	if (rc == 0)
		rc = read_all(&r, out, err);
	catalog_fetch_end(&fetch, rc == 0);
	/* the rows are freed, but glibc keeps freed pages mapped: hand them
	 * back, or they stay in the process's size beside the model */
	malloc_trim(0);
	return rc;
}

int catalog_replay(struct arena *a, const struct catalog_log *log,
		   const struct schema_filter *filter, struct model *out, struct sd_error *err)
{
	struct reader r = { .a = a, .filter = filter, .m = out, .replay = log, .held = -1 };
	memset(out, 0, sizeof(*out));
	use_strings(&r, a);
	return read_all(&r, out, err);
}

int catalog_unmanaged(struct arena *a, struct db *db, const char ***out, size_t *n,
		      struct sd_error *err)
{
	PGresult *res;
	*out = NULL;
	*n = 0;
	if (db_query(db, sql_unmanaged, &res, err) < 0)
		return -1;
	int rows = PQntuples(res);
	*out = arena_alloc(a, ((size_t)rows + 1) * sizeof(**out));
	for (int i = 0; i < rows; i++)
		if (!PQgetisnull(res, i, 0))
			(*out)[(*n)++] = arena_strdup(a, PQgetvalue(res, i, 0));
	PQclear(res);
	return 0;
}
