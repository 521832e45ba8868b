/* models.c: see models.h. */
#include "models.h"
#include "../common/arena.h"
#include "model_cache.h"
#include "shadow.h"
#include "sources.h"
#include "../common/error.h"
#include "../common/phase.h"
#include "../common/strbuf.h"
#include "../common/util.h"
#include "../parser/source.h"
#include "../parser/statement.h"

#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* lines of a warning about what schemadiff does not manage, before "and N more" */
#define UNMANAGED_SHOWN 20

void models_filter(const struct options *o, struct schema_filter *f)
{
	/* every field: a read must not see one left over */
	*f = (struct schema_filter){ .include = o->include_schema.v,
				     .n_include = o->include_schema.n,
				     .exclude = o->exclude_schema.v,
				     .n_exclude = o->exclude_schema.n,
				     .privileges = o->privileges };
}

static bool has_role(const struct model *m, const char *role)
{
	size_t lo = 0, hi = m->n_roles;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(m->roles[mid], role);
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

int models_check_roles(struct arena *a, const struct model *live, const struct model *desired,
		       struct sd_error *err)
{
	for (size_t i = 0; i < desired->n; i++) {
		const struct object *o = desired->objects[i];
		if (o->kind != OBJ_PRIVILEGE)
			continue;
		const char *role = ((const struct privilege_obj *)o)->grantee;
		if (role[0] && !has_role(live, role)) {
			sd_error_set(err, SD_ERR_INPUT,
				     "the desired state grants privileges on %s to role \"%s\", which "
				     "does not exist in the database",
				     object_describe(a, ((const struct privilege_obj *)o)->target), role);
			sd_error_hint(err, "create the role first: roles belong to the server, "
					   "not to one database's schema");
			return -1;
		}
	}
	return 0;
}

/* What the database has that schemadiff does not manage is named once per
 * run: a plan that leaves it in place and a dump that leaves it out would
 * otherwise say nothing of it.  A failed check is no reason to stop. */
static void warn_unmanaged(struct arena *a, struct db *db, const char *url)
{
	static bool warned;
	const char **what;
	size_t n;
	struct sd_error ignored;
	if (warned || catalog_unmanaged(a, db, &what, &n, &ignored) < 0 || n == 0)
		return;
	warned = true;
	char name[512];
	db_display_name(url, name, sizeof(name));
	fprintf(stderr,
		"schemadiff: warning: %s has %zu thing%s schemadiff does not manage: plans leave "
		"%s as %s, dumps leave %s out\n",
		name, n, n == 1 ? "" : "s", n == 1 ? "it" : "them", n == 1 ? "it is" : "they are",
		n == 1 ? "it" : "them");
	struct strbuf list = STRBUF_INIT;
	strbuf_add_list(&list, what, n, UNMANAGED_SHOWN, "\n  ");
	fprintf(stderr, "  %s\n", list.buf);
	strbuf_release(&list);
}

int models_live(struct arena *a, const char *url, const struct schema_filter *f, bool spread,
		struct model *out, int *server_major, struct sd_error *err)
{
	struct db db;
	if (db_open(url, "database", &db, err) < 0)
		return -1;
	if (server_major)
		*server_major = db.server_version / 10000;
	/* unmanaged grants are still read, so that what a plan must drop
	 * and create again keeps them (model.carried) */
	struct schema_filter live = *f;
	live.carry_privileges = !f->privileges;
	int rc = catalog_read(a, &db, &live, spread, out, NULL, err);
	if (rc == 0)
		warn_unmanaged(a, &db, url);
	db_close(&db);
	return rc;
}

static unsigned desired_loads;

unsigned models_desired_loads(void)
{
	return desired_loads;
}

/* The shadow server's version, for the cache key: asked of the server with
 * --shadow-db (sh is then left open for the load), of the binaries
 * otherwise, so a cache hit never starts a server.  "" when unknown. */
static void shadow_version(const struct options *o, struct shadow *sh, bool *sh_open,
			   char *out, size_t n)
{
	struct sd_error ignored;
	out[0] = '\0';
	if (o->shadow_db) {
		*sh_open = shadow_open(sh, o->shadow_db, &ignored) == 0;
		if (*sh_open)
			snprintf(out, n, "server %d", sh->admin.server_version);
	} else if (embedded_pg_version(out, n) < 0) {
		out[0] = '\0';
	}
}

/* A cache hit: the model from the recorded rows and texts, no server, no
 * parser.  0 on success; -1 when the entry does not hold together. */
static int desired_from_cache(struct arena *a, const struct schema_filter *f,
			      struct catalog_log logs[MODEL_CACHE_LOGS], struct model *out)
{
	struct statement_list texts;
	struct sd_error ignored;
	/* the texts' rows are unpacked for as long as sources_replay() copies */
	struct arena unpacked = ARENA_INIT;
	int rc = model_cache_unpack_log(&unpacked, &logs[2]);
	if (rc == 0)
		rc = sources_replay(a, &logs[2], &texts);
	for (size_t i = 0; i < logs[2].n; i++)
		logs[2].v[i].cells = NULL;
	arena_free(&unpacked);
	if (rc < 0)
		return -1;
	return shadow_model_replay(a, &texts, f, logs, out, &ignored);
}

/* 15 from "postgres (PostgreSQL) 15.20" or from "server 150020" */
static int major_of(const char *version)
{
	const char *digits = strpbrk(version, "0123456789");
	if (!digits)
		return 0;
	int v = atoi(digits);
	return v >= 100000 ? v / 10000 : v;
}

/* parse_sources() and order_statements(), on a thread of their own; the
 * arena is the caller's, untouched by it until the thread is joined */
struct parsing {
	struct arena *a;
	const struct source_set *src;
	struct statement_list stmts;
	int rc;
	struct sd_error err;
};

static void *parse_on_thread(void *arg)
{
	struct parsing *p = arg;
	memset(&p->err, 0, sizeof(p->err));
	p->rc = parse_sources(p->a, p->src, &p->stmts, &p->err);
	if (p->rc == 0)
		order_statements(p->a, &p->stmts);
	return NULL;
}

/* The live database's TimeZone, DateStyle and IntervalStyle (plan's
 * --db, drift's first --db), which the desired state is loaded with; not
 * known when there is no database or it cannot be reached (the read of it
 * says why, later). */
static void live_literal_settings(const struct options *o, struct literal_settings *out)
{
	/* plan asks twice (is the model cached? then the model itself): one
	 * session answers both */
	static const char *read_for;
	static struct literal_settings read;
	memset(out, 0, sizeof(*out));
	const char *conninfo = o->db ? o->db : o->dbs.n ? o->dbs.v[0] : NULL;
	if (!conninfo)
		return;
	if (read_for && !strcmp(read_for, conninfo)) {
		*out = read;
		return;
	}
	struct db db;
	struct sd_error ignored;
	if (db_open(conninfo, "database", &db, &ignored) < 0)
		return;
	db_literal_settings(&db, out, &ignored);
	db_close(&db);
	read_for = conninfo, read = *out;
}

/* The desired state's cache key; false when there is no cache (--no-cache,
 * or a shadow server of unknown version).  With --shadow-db, the session
 * asked for the version is left open in sh (*sh_open). */
static bool desired_cache_key(struct arena *a, const struct options *o,
			      const struct schema_filter *f, const struct source_set *src,
			      const struct literal_settings *lit, struct shadow *sh, bool *sh_open,
			      struct cache_key *key, int *shadow_major)
{
	if (o->no_cache)
		return false;
	char version[256];
	shadow_version(o, sh, sh_open, version, sizeof(version));
	if (!version[0])
		return false;
	/* the same files mean other things under other settings */
	const char *context = lit->known ? arena_printf(a, "%s; TimeZone %s; DateStyle %s; "
							 "IntervalStyle %s", version, lit->timezone,
							 lit->datestyle, lit->intervalstyle)
					 : version;
	model_cache_key(src, f, o->check_render ? arena_printf(a, "%s; checked", context) : context,
			key);
	if (shadow_major)
		*shadow_major = major_of(version);
	return true;
}

bool models_desired_cached(struct arena *a, const struct options *o,
			   const struct schema_filter *f)
{
	struct source_set src;
	struct sd_error ignored;
	struct shadow sh;
	struct cache_key key;
	bool sh_open = false;
	struct arena files = ARENA_INIT; /* only for the key */
	struct literal_settings lit;
	live_literal_settings(o, &lit);
	bool cached = source_load(&files, o->schema.v, o->schema.n, &src, &ignored) == 0 &&
		      desired_cache_key(a, o, f, &src, &lit, &sh, &sh_open, &key, NULL) &&
		      model_cache_path(a, &key) && access(model_cache_path(a, &key), R_OK) == 0;
	arena_free(&files);
	if (sh_open)
		shadow_close(&sh);
	return cached;
}

int models_desired(struct arena *a, const struct options *o, const struct schema_filter *f,
		   struct model *out, int *shadow_major, struct sd_error *err)
{
	if (shadow_major)
		*shadow_major = 0;
	/* The file texts and the cache entry's rows are needed only on the
	 * way to the model: they live in arenas of their own, freed as soon as
	 * the model holds its own copies (a warm plan's memory is its two
	 * models, not their sources). */
	struct arena files = ARENA_INIT;
	struct source_set src;
	double t = monotonic_seconds();
	if (source_load(&files, o->schema.v, o->schema.n, &src, err) < 0) {
		arena_free(&files);
		return -1;
	}
	phase_since("read_files", t);

	struct shadow sh;
	bool sh_open = false;
	struct cache_key key;
	struct catalog_log logs[MODEL_CACHE_LOGS];
	memset(logs, 0, sizeof(logs));
	struct literal_settings lit;
	live_literal_settings(o, &lit);
	bool use_cache = desired_cache_key(a, o, f, &src, &lit, &sh, &sh_open, &key, shadow_major);
	if (use_cache) {
		struct arena entry = ARENA_INIT;
		enum cache_result hit = model_cache_load(&entry, &key, logs);
		bool built = hit == CACHE_HIT && desired_from_cache(a, f, logs, out) == 0;
		if (hit == CACHE_HIT)
			model_cache_unload(logs);
		arena_free(&entry);
		malloc_trim(0); /* the entry's pages back to the system */
		if (built) {
			if (o->verbose)
				fprintf(stderr, "schemadiff: desired state read from the cache (%s)\n",
					model_cache_path(a, &key));
			if (sh_open)
				shadow_close(&sh);
			arena_free(&files);
			return 0;
		}
		if (hit != CACHE_MISS)
			fprintf(stderr, "schemadiff: warning: the cached desired state %s is damaged; "
					"rebuilding it\n", model_cache_path(a, &key));
		memset(logs, 0, sizeof(logs));
	}
	/* statements point into the file texts from here on */
	arena_adopt(a, &files);
	/* the rows recorded for the cache, freed once it is written */
	struct arena recorded = ARENA_INIT;
	for (int l = 0; l < MODEL_CACHE_LOGS; l++)
		logs[l].mem = &recorded;

	/* the files are parsed on a thread while the shadow server starts on
	 * this one (the server's parent-death signal belongs to the thread
	 * that starts it, so that must be the one that lives on) */
	struct parsing parsing = { .a = a, .src = &src };
	pthread_t parser;
	bool parser_started = pthread_create(&parser, NULL, parse_on_thread, &parsing) == 0;
	if (!parser_started)
		parse_on_thread(&parsing);
	t = monotonic_seconds();
	struct sd_error open_err;
	if (!sh_open)
		sh_open = shadow_open(&sh, o->shadow_db, &open_err) == 0;
	sh.literals = lit;
	phase_since("shadow_start", t);
	if (parser_started)
		pthread_join(parser, NULL);
	phase_since("parse", t);
	int rc = parsing.rc;
	if (rc < 0)
		*err = parsing.err;
	else if (!sh_open)
		*err = open_err, rc = -1;
	struct statement_list stmts = parsing.stmts;
	if (rc < 0) {
		if (sh_open)
			shadow_close(&sh);
		arena_free(&recorded);
		return -1;
	}
	if (shadow_major)
		*shadow_major = sh.admin.server_version / 10000;
	desired_loads++;
	rc = shadow_model(&sh, a, &stmts, f, o->check_render, out, use_cache ? logs : NULL, err);
	t = monotonic_seconds();
	shadow_close(&sh);
	phase_since("shadow_stop", t);
	if (rc == 0 && use_cache) {
		sources_record(a, &stmts, &logs[2]);
		if (model_cache_store(a, &key, logs) < 0)
			fprintf(stderr, "schemadiff: warning: cannot write the model cache %s\n",
				model_cache_path(a, &key) ? model_cache_path(a, &key)
							  : "(no cache directory)");
	}
	arena_free(&recorded);
	if (rc == 0 && o->verbose)
		fprintf(stderr, "schemadiff: desired state loaded into the shadow%s%s\n",
			use_cache ? "; cached as " : "", use_cache ? model_cache_path(a, &key) : "");
	return rc;
}
