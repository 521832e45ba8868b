/*
 * cmd_dump.c: `schemadiff dump`: a live database as desired-state SQL.
 *
 * A dump is the plan from an empty database to the live one: the same
 * catalog reader, comparison, order and rendering as `plan`, so loading the
 * dump and planning against the original converges by construction (the
 * test suite checks it on every golden case).  "Empty" means what CREATE
 * DATABASE gives: the public schema already exists.
 *
 * With --split DIR each statement goes to the file of the object it
 * belongs to (a table's columns, constraints, indexes, triggers, policies
 * and comments to the table's file), under a stable layout:
 *   DIR/schemas/<schema>.sql, DIR/extensions/<name>.sql,
 *   DIR/<schema>/{types,collations,sequences,functions,tables,views}/<name>.sql
 * Loading a directory orders statements by what they create and name, so
 * the files need no order of their own.
 */
#include "commands.h"
#include "models.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/strbuf.h"
#include "../common/util.h"
#include "../diff/plan.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* PUBLIC's grant on the public schema of a new database: USAGE from
 * PostgreSQL 15 on, USAGE and CREATE before. */
static void public_schema_default_grant(struct arena *a, struct model *out, size_t *cap,
					const struct object *pub, int server_major)
{
	static const char *const since_15[] = { "USAGE" }, *const before_15[] = { "CREATE", "USAGE" };
	struct privilege_obj *p = arena_alloc(a, sizeof(*p));
	p->target = pub;
	p->grantee = "";
	p->privs = (const char **)(server_major >= 15 ? since_15 : before_15);
	p->n_privs = server_major >= 15 ? 1 : 2;
	p->grantable = arena_alloc(a, p->n_privs * sizeof(*p->grantable));
	p->obj.kind = OBJ_PRIVILEGE;
	p->obj.name = pub->name;
	p->obj.parent = privilege_key_parent(a, pub, false, p->grantee);
	object_set_definition(&p->obj, server_major >= 15 ? "USAGE" : "CREATE, USAGE");
	model_add(out, &p->obj, cap);
}

/* The model of a new database, as far as `current` has it: its public
 * schema (absent if the live database dropped it), and with --privileges
 * the grant PUBLIC has on it, so that a revoked one is dumped as such. */
static void empty_database(struct arena *a, const struct model *live, bool privileges,
			   int server_major, struct model *out)
{
	size_t cap = 0;
	memset(out, 0, sizeof(*out));
	struct schema_obj *pub = arena_alloc(a, sizeof(*pub));
	pub->obj.kind = OBJ_SCHEMA;
	pub->obj.name = "public";
	object_set_definition(&pub->obj, "");
	if (model_find(live, &pub->obj)) {
		model_add(out, &pub->obj, &cap);
		if (privileges)
			public_schema_default_grant(a, out, &cap, &pub->obj, server_major);
	}
	model_finish(a, out);
}

static void write_statements(FILE *fp, const struct plan *p)
{
	for (size_t i = 0; i < p->n_steps; i++)
		fprintf(fp, "\n%s\n", p->steps[i].sql);
}

static int write_one_file(const char *path, const struct plan *p, struct sd_error *err)
{
	FILE *fp = path ? fopen(path, "w") : stdout;
	if (!fp)
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "cannot write: %s",
				       strerror(errno));
	fprintf(fp, "-- schemadiff dump\n-- fingerprint: %016" PRIx64 "\n", p->target_fingerprint);
	/* as pg_dump does: a body may name an object that comes later */
	if (p->defines_functions)
		fprintf(fp, "\nSET check_function_bodies = false;\n");
	write_statements(fp, p);
	if (path ? fclose(fp) != 0 : fflush(fp) != 0)
		return sd_error_set_at(err, SD_ERR_INPUT, path ? path : "stdout", 0, 0,
				       "cannot write: %s", strerror(errno));
	return 0;
}

/* --- --split ---------------------------------------------------------- */

/* The object whose file a statement goes to. */
static const struct object *home_of(const struct object *o)
{
	for (;;) {
		if (o->kind == OBJ_COMMENT)
			o = ((const struct comment_obj *)o)->target;
		else if (o->owner)
			o = o->owner;
		else
			return o;
	}
}

static const char *kind_dir(enum obj_kind k)
{
	switch (k) {
	case OBJ_ENUM:
	case OBJ_DOMAIN:
	case OBJ_COMPOSITE:
	case OBJ_RANGE:
		return "types";
	case OBJ_COLLATION:
		return "collations";
	case OBJ_SEQUENCE:
	case OBJ_SEQUENCE_OWNER: /* with its sequence: its name is the sequence's */
		return "sequences";
	case OBJ_FUNCTION:
		return "functions"; /* overloads share a file */
	case OBJ_VIEW:
		return "views";
	default:
		return "tables";
	}
}

/* A name as one path component: letters, digits, '_', '-' and non-ASCII
 * bytes stay; anything else ('/', '.', quotes, spaces) becomes %XX, so no
 * object name can climb out of DIR or collide with another. */
static void add_file_name(struct strbuf *sb, const char *name)
{
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    *p == '_' || *p == '-' || *p >= 0x80)
			strbuf_addch(sb, (char)*p);
		else
			strbuf_addf(sb, "%%%02X", *p);
	}
}

static const char *relative_path(struct arena *a, const struct object *o)
{
	struct strbuf sb = STRBUF_INIT;
	if (o->kind == OBJ_SCHEMA || o->kind == OBJ_EXTENSION) {
		strbuf_adds(&sb, o->kind == OBJ_SCHEMA ? "schemas/" : "extensions/");
	} else {
		add_file_name(&sb, o->schema);
		strbuf_addf(&sb, "/%s/", kind_dir(o->kind));
	}
	add_file_name(&sb, o->name);
	strbuf_adds(&sb, ".sql");
	char *s = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return s;
}

/* A dump must not mix with files of another: DIR is new or empty. */
static int check_split_dir(const char *dir, struct sd_error *err)
{
	DIR *d = opendir(dir);
	if (!d)
		return errno == ENOENT ? 0
				       : sd_error_set_at(err, SD_ERR_INPUT, dir, 0, 0, "cannot open: %s",
							 strerror(errno));
	struct dirent *e;
	bool empty = true;
	while ((e = readdir(d)) && empty)
		empty = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
	closedir(d);
	return empty ? 0
		     : sd_error_set_at(err, SD_ERR_INPUT, dir, 0, 0,
				       "--split needs a new or empty directory; this one has files");
}

struct placed {
	const char *path;
	size_t step;
};

static int cmp_placed(const void *x, const void *y)
{
	const struct placed *a = x, *b = y;
	int c = strcmp(a->path, b->path);
	return c ? c : (a->step > b->step) - (a->step < b->step);
}

static int write_split(struct arena *a, const char *dir, const struct plan *p,
		       struct sd_error *err)
{
	if (check_split_dir(dir, err) < 0)
		return -1;
	struct placed *v = arena_alloc(a, (p->n_steps + 1) * sizeof(*v));
	for (size_t i = 0; i < p->n_steps; i++)
		v[i] = (struct placed){ relative_path(a, home_of(p->steps[i].object)), i };
	/* by file, and in plan order inside each file */
	qsort(v, p->n_steps, sizeof(*v), cmp_placed);
	for (size_t i = 0; i < p->n_steps;) {
		char *path = arena_printf(a, "%s/%s", dir, v[i].path);
		FILE *fp = NULL;
		if (make_dirs(path, (size_t)(strrchr(path, '/') - path), 0777) < 0)
			return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0,
					       "cannot create its directory: %s", strerror(errno));
		if (!(fp = fopen(path, "w")))
			return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "cannot write: %s",
					       strerror(errno));
		size_t end = i;
		for (; end < p->n_steps && !strcmp(v[end].path, v[i].path); end++)
			fprintf(fp, "%s%s\n", end > i ? "\n" : "", p->steps[v[end].step].sql);
		if (fclose(fp) != 0)
			return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "cannot write: %s",
					       strerror(errno));
		i = end;
	}
	return 0;
}

int cmd_dump(int argc, char **argv, struct arena *a, struct sd_error *err)
{
	struct options o;
	int rc = options_parse(CMD_DUMP, argc, argv, &o, err);
	if (rc == 0 && o.help) {
		options_usage(CMD_DUMP, "dump");
		options_release(&o);
		return 0;
	}
	if (rc == 0 && !o.db)
		rc = sd_error_set(err, SD_ERR_INPUT, "dump needs --db URL (the database to dump)");
	if (rc == 0 && o.split && o.out)
		rc = sd_error_set(err, SD_ERR_INPUT, "--split and --out cannot be used together");

	struct schema_filter filter;
	struct model live, empty;
	int major;
	models_filter(&o, &filter);
	if (rc == 0)
		rc = models_live(a, o.db, &filter, true, &live, &major, err);
	if (rc == 0) {
		struct plan p;
		empty_database(a, &live, filter.privileges, major, &empty);
		/* without --privileges a dump leaves grants out: the CREATEs
		 * of a dump make live objects, as a rollback's do, but nothing
		 * is to be carried to them */
		live.carries_privileges = false;
		plan_build(a, &empty, &live, &p);
		rc = o.split ? write_split(a, o.split, &p, err) : write_one_file(o.out, &p, err);
	}
	options_release(&o);
	return rc;
}
