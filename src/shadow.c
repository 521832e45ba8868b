/*
 * shadow.c: see shadow.h.
 */
#include "shadow.h"
#include "run_plan.h"
#include "shadow_load.h"
#include "sources.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/phase.h"
#include "../common/quote.h"
#include "../common/strbuf.h"
#include "../common/util.h"
#include "../parser/source.h"
#include "../parser/statement.h"
#include "../schema/reader.h"
#include "../diff/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define LOADER_ROLE "schemadiff_loader"
/* A session that runs plan steps, set up as the plan script is (output.c) */
#define PLAN_SESSION_SETUP \
	"SET check_function_bodies = off; SET client_min_messages = warning; " \
	"SET search_path = public"

int shadow_open(struct shadow *sh, const char *shadow_url, struct sd_error *err)
{
	memset(sh, 0, sizeof(*sh));
	if (shadow_url) {
		sh->server = shadow_url;
		return db_open(shadow_url, "shadow database server", &sh->admin, err);
	}
	sh->embedded = true;
	if (embedded_pg_start(&sh->pg, err) < 0)
		return -1;
	sh->server = sh->pg.conninfo;
	if (db_open(sh->server, "embedded PostgreSQL", &sh->admin, err) < 0 ||
	    db_exec(&sh->admin, "CREATE ROLE " LOADER_ROLE " LOGIN NOSUPERUSER NOCREATEDB "
				"NOCREATEROLE NOREPLICATION", err) < 0) {
		shadow_close(sh);
		return -1;
	}
	return 0;
}

void shadow_close(struct shadow *sh)
{
	db_close(&sh->admin);
	if (sh->embedded)
		embedded_pg_stop(&sh->pg);
}

/* Roles live outside any database: the embedded server has none of the
 * roles a policy or grant names, so it gets them, without any rights. */
static int create_role(struct shadow *sh, const char *name, struct sd_error *err)
{
	struct strbuf sql = STRBUF_INIT;
	strbuf_adds(&sql, "DO $do$ BEGIN CREATE ROLE ");
	sql_add_ident(&sql, name);
	strbuf_adds(&sql, " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $do$");
	int rc = db_exec(&sh->admin, sql.buf, err);
	strbuf_release(&sql);
	return rc;
}

static int create_roles(struct shadow *sh, const struct statement_list *stmts,
			struct sd_error *err)
{
	for (size_t i = 0; i < stmts->n; i++)
		for (size_t r = 0; r < stmts->v[i].n_refs; r++) {
			const char *ref = stmts->v[i].refs[r];
			if (!strncmp(ref, "o:", 2) && create_role(sh, ref + 2, err) < 0)
				return -1;
		}
	return 0;
}

/* A scratch database: two sessions on it, one as the unprivileged owner
 * that runs what it is given and one as superuser for extensions and for
 * reading the catalog. */
struct scratch {
	char name[64];
	char owner_conninfo[600];
	struct db owner, super;
};

/* The scratch database's own defaults for the settings that decide what a
 * literal means, so that every session on it (each load lane, the
 * rehearsal's) reads the statements alike; catalog reads print constants
 * their own way whatever these are (catalog_fetch.c). */
static int literal_defaults(struct shadow *sh, const char *dbname, struct sd_error *err)
{
	if (!sh->literals.known)
		return 0;
	const char *names[] = { "TimeZone", "DateStyle", "IntervalStyle" };
	const char *values[] = { sh->literals.timezone, sh->literals.datestyle,
				 sh->literals.intervalstyle };
	struct strbuf sql = STRBUF_INIT;
	for (size_t i = 0; i < 3; i++) {
		strbuf_adds(&sql, "ALTER DATABASE ");
		sql_add_ident(&sql, dbname);
		strbuf_addf(&sql, " SET %s = ", names[i]);
		sql_add_literal(&sql, values[i]);
		strbuf_adds(&sql, "; ");
	}
	int rc = db_exec(&sh->admin, sql.buf, err);
	strbuf_release(&sql);
	return rc;
}

static int scratch_open(struct shadow *sh, struct scratch *s, struct sd_error *err)
{
	memset(s, 0, sizeof(*s));
	snprintf(s->name, sizeof(s->name), "schemadiff_shadow_%d_%u", (int)getpid(), sh->loads++);
	struct strbuf sql = STRBUF_INIT;
	strbuf_adds(&sql, "CREATE DATABASE ");
	sql_add_ident(&sql, s->name);
	strbuf_adds(&sql, " TEMPLATE template0 ENCODING 'UTF8'");
	if (sh->embedded)
		strbuf_adds(&sql, " OWNER " LOADER_ROLE);
	int rc = db_exec(&sh->admin, sql.buf, err);
	strbuf_release(&sql);
	if (rc < 0) {
		s->name[0] = '\0';
		return -1;
	}
	if (literal_defaults(sh, s->name, err) < 0)
		return -1;
	snprintf(s->owner_conninfo, sizeof(s->owner_conninfo), "%s%s", sh->server,
		 sh->embedded ? " user=" LOADER_ROLE : "");
	rc = db_open_database(s->owner_conninfo, s->name, "shadow database", &s->owner, err);
	if (rc == 0)
		rc = db_open_database(sh->server, s->name, "shadow database", &s->super, err);
	return rc;
}

static int scratch_read(struct scratch *s, struct arena *a, const struct schema_filter *filter,
			struct model *out, struct catalog_log *record, struct sd_error *err)
{
	if (db_exec(&s->super, "SELECT pg_catalog.set_config('search_path', '', false)", err) < 0)
		return -1;
	return catalog_read(a, &s->super, filter, true, out, record, err);
}

/* Close the sessions and drop the database; keeps the first error.  The
 * embedded server's databases are left: the whole server is thrown away
 * with its directory, and dropping thousands of tables costs seconds. */
static int scratch_close(struct shadow *sh, struct scratch *s, int rc, struct sd_error *err)
{
	db_close(&s->owner);
	db_close(&s->super);
	if (!s->name[0] || sh->embedded)
		return rc;
	struct strbuf sql = STRBUF_INIT;
	strbuf_adds(&sql, "DROP DATABASE ");
	sql_add_ident(&sql, s->name);
	strbuf_adds(&sql, " WITH (FORCE)");
	struct sd_error drop_err;
	if (db_exec(&sh->admin, sql.buf, rc == 0 ? err : &drop_err) < 0)
		rc = -1;
	strbuf_release(&sql);
	return rc;
}

static int load(struct shadow *sh, struct scratch *s, struct arena *a,
		const struct statement_list *stmts, struct sd_error *err)
{
	if (sh->embedded && create_roles(sh, stmts, err) < 0)
		return -1;
	struct shadow_session session = { &s->owner, &s->super, s->owner_conninfo, s->name,
					  sh->embedded };
	return shadow_load(a, &session, stmts, err);
}

/* Run steps on the scratch database, one by one in autocommit (so
 * CONCURRENTLY and new enum values work as in apply); what fails is
 * reported with the step's number and object. */
static int run_steps(struct shadow *sh, struct scratch *s, const struct run_steps *steps,
		     enum sd_error_kind kind, const char *what, struct sd_error *err)
{
	for (size_t i = 0; i < steps->n; i++) {
		const char *sql = steps->v[i].sql;
		bool super = sh->embedded && sql_needs_superuser(sql);
		struct db_failure f;
		struct strbuf buf = STRBUF_INIT;
		int rc = db_exec_report(super ? &s->super : &s->owner,
					super ? superuser_sql(&buf, sql) : sql, &f);
		strbuf_release(&buf);
		if (rc < 0) {
			sd_error_set(err, kind, "%s, at step %zu of %zu (%s): %s", what, i + 1, steps->n,
				     steps->v[i].object ? steps->v[i].object : "?", f.message);
			sd_error_detail(err, "statement: %.1500s", sql);
			return -1;
		}
	}
	return 0;
}

/* A whole schema (the desired one replayed, or a copy of a database's),
 * sent 200 statements to a round trip: a multi-statement string runs as
 * one transaction, so a batch ends before a step that needs a commit and
 * around what runs as superuser.  A batch that fails rolled back whole,
 * and is run again one by one to find the statement to report. */
static int run_copy(struct shadow *sh, struct scratch *s, const struct run_steps *steps,
		    const char *what, struct sd_error *err)
{
	struct strbuf batch = STRBUF_INIT;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < steps->n;) {
		size_t j = i;
		strbuf_reset(&batch);
		while (j < steps->n && j - i < 200 && (j == i || !steps->v[j].needs_commit) &&
		       !sql_needs_superuser(steps->v[j].sql)) {
			strbuf_addf(&batch, "%s\n", steps->v[j].sql);
			j++;
		}
		struct db_failure f;
		if (j == i) { /* an extension's statement: alone, as superuser */
			struct run_steps one = { &steps->v[i], 1 };
			rc = run_steps(sh, s, &one, SD_ERR_DATABASE, what, err);
			i++;
			continue;
		}
		if (db_exec_report(&s->owner, batch.buf, &f) < 0) {
			struct run_steps part = { &steps->v[i], j - i };
			rc = run_steps(sh, s, &part, SD_ERR_DATABASE, what, err);
			if (rc == 0) /* it failed together but not alone: say so */
				rc = sd_error_set(err, SD_ERR_DATABASE, "%s: %s", what, f.message);
		}
		i = j;
	}
	strbuf_release(&batch);
	return rc;
}

/* Re-create the desired model from its own catalog text in a second
 * scratch database, read it back, and record where PostgreSQL prints an
 * object differently the second time (object_extra.alt_definition).  This is
 * also a check that what schemadiff renders for the desired state loads. */
static void adopt_alternatives(struct arena *a, struct model *desired, const struct model *again)
{
	for (size_t i = 0; i < desired->n; i++) {
		struct object *o = desired->objects[i];
		struct object *o2 = model_find(again, o);
		if (o2 && strcmp(o->definition, o2->definition))
			object_set_alt_definition(a, o, o2->definition);
	}
}

static int normalize(struct shadow *sh, struct arena *a, const struct schema_filter *filter,
		     struct model *desired, struct catalog_log *record, struct sd_error *err)
{
	struct model fresh, again;
	struct plan p;
	struct scratch s;
	int rc = scratch_open(sh, &s, err);
	/* a new database is not empty: it has schema public, for one */
	if (rc == 0)
		rc = scratch_read(&s, a, filter, &fresh, NULL, err);
	struct run_plan rp;
	if (rc == 0) {
		plan_build(a, &fresh, desired, &p);
		run_plan_from(a, &p, NULL, &rp);
	}
	if (rc == 0)
		rc = db_exec(&s.owner, PLAN_SESSION_SETUP, err);
	if (rc == 0)
		rc = run_copy(sh, &s, &rp.forward, "internal error: the desired state, as schemadiff "
						  "renders it, does not load", err);
	if (rc == 0)
		rc = scratch_read(&s, a, filter, &again, record, err);
	if (rc == 0)
		adopt_alternatives(a, desired, &again);
	return scratch_close(sh, &s, rc, err);
}

/* The files refuse what the reader does not read, statement by statement;
 * what slips past them (a partition's own default set by ALTER TABLE, a
 * view column's default) shows in the loaded catalog, and is refused here
 * rather than left out of every plan.  On the session scratch_read() set
 * up (search_path empty: names come qualified). */
static int refuse_unmanaged(struct scratch *s, struct arena *a, struct sd_error *err)
{
	const char **what;
	size_t n;
	if (catalog_unmanaged(a, &s->super, &what, &n, err) < 0)
		return -1;
	if (n == 0)
		return 0;
	sd_error_set(err, SD_ERR_INPUT,
		     "the desired state has %zu thing%s schemadiff does not read from the catalog, "
		     "so a plan could neither make nor check %s",
		     n, n == 1 ? "" : "s", n == 1 ? "it" : "them");
	struct strbuf list = STRBUF_INIT;
	strbuf_add_list(&list, what, n, 10, "; ");
	sd_error_detail(err, "%s", list.buf);
	strbuf_release(&list);
	sd_error_hint(err, "leave %s out of the desired-state files and manage %s separately",
		      n == 1 ? "it" : "them", n == 1 ? "it" : "them");
	return -1;
}

/* The CREATE FUNCTION (or PROCEDURE) that made schema.name, or NULL */
static const struct statement *function_statement(const struct statement_list *stmts,
						  const char *schema, const char *name)
{
	char key[300];
	snprintf(key, sizeof(key), "f:%s.%s", schema, name);
	for (size_t i = 0; i < stmts->n; i++)
		for (size_t k = 0; k < stmts->v[i].n_creates; k++)
			if (!strcmp(stmts->v[i].creates[k], key))
				return &stmts->v[i];
	return NULL;
}

/* The load runs with check_function_bodies off: a body may name what a
 * later statement makes.  Once everything is there, each PL/pgSQL and SQL
 * function's body goes through its language's validator, which checks it
 * as psql's CREATE would have (a misspelt keyword, a column that is not
 * there), and a failure names the function's CREATE at its place. */
static int check_function_bodies(struct scratch *s, const struct statement_list *stmts,
				 struct sd_error *err)
{
	static const char list_sql[] =
		"SELECT p.oid, p.oid::pg_catalog.regprocedure, n.nspname, p.proname, l.lanname "
		"FROM pg_catalog.pg_proc p "
		"JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
		"JOIN pg_catalog.pg_language l ON l.oid = p.prolang "
		"WHERE l.lanname IN ('plpgsql', 'sql') AND p.oid >= 16384 "
		"  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d "
		"                  WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass "
		"                    AND d.objid = p.oid AND d.deptype = 'e') "
		"ORDER BY p.oid";
	PGresult *res;
	if (db_query(&s->super, list_sql, &res, err) < 0)
		return -1;
	int rc = db_exec(&s->super, "SET check_function_bodies = on", err);
	for (int i = 0; rc == 0 && i < PQntuples(res); i++) {
		/* with the function's own settings (SET search_path = ...), as
		 * CREATE FUNCTION validates it; one string is one transaction,
		 * which the local settings end with */
		char sql[512];
		const char *oid = PQgetvalue(res, i, 0);
		snprintf(sql, sizeof(sql),
			 "SELECT pg_catalog.set_config(pg_catalog.split_part(c, '=', 1), "
			 "pg_catalog.substr(c, pg_catalog.strpos(c, '=') + 1), true) "
			 "FROM pg_catalog.pg_proc p, pg_catalog.unnest(p.proconfig) AS c "
			 "WHERE p.oid = %s; SELECT pg_catalog.%s(%s)",
			 oid,
			 strcmp(PQgetvalue(res, i, 4), "plpgsql") ? "fmgr_sql_validator"
								  : "plpgsql_validator",
			 oid);
		struct db_failure f;
		if (db_exec_report(&s->super, sql, &f) == 0)
			continue;
		const struct statement *st = function_statement(stmts, PQgetvalue(res, i, 2),
								 PQgetvalue(res, i, 3));
		rc = sd_error_set_at(err, SD_ERR_INPUT, st ? st->file->path : NULL,
				     st ? st->line : 0, st ? st->col : 0, "in function %s: %s",
				     PQgetvalue(res, i, 1), f.message);
		if (f.detail[0])
			sd_error_detail(err, "%s", f.detail);
	}
	PQclear(res);
	struct sd_error ignored;
	if (db_exec(&s->super, "SET check_function_bodies = off", rc == 0 ? err : &ignored) < 0)
		rc = -1;
	return rc;
}

int shadow_model(struct shadow *sh, struct arena *a, const struct statement_list *stmts,
		 const struct schema_filter *filter, bool check_render, struct model *out,
		 struct catalog_log record[2], struct sd_error *err)
{
	struct scratch s;
	double t = monotonic_seconds();
	int rc = scratch_open(sh, &s, err);
	if (rc == 0)
		rc = load(sh, &s, a, stmts, err);
	if (rc == 0)
		rc = check_function_bodies(&s, stmts, err);
	phase_since("shadow_load", t);
	t = monotonic_seconds();
	if (rc == 0)
		rc = scratch_read(&s, a, filter, out, record ? &record[0] : NULL, err);
	if (rc == 0)
		rc = refuse_unmanaged(&s, a, err);
	phase_since("shadow_read", t);
	t = monotonic_seconds();
	rc = scratch_close(sh, &s, rc, err);
	phase_since("shadow_drop", t);
	/* normalize replays the catalog's text, so it runs before the user's
	 * own texts are attached */
	if (rc == 0 && check_render)
		rc = normalize(sh, a, filter, out, record ? &record[1] : NULL, err);
	if (rc == 0)
		sources_attach(a, out, stmts);
	return rc;
}

int shadow_model_replay(struct arena *a, const struct statement_list *stmts,
			const struct schema_filter *filter, const struct catalog_log record[2],
			struct model *out, struct sd_error *err)
{
	struct model again;
	if (catalog_replay(a, &record[0], filter, out, err) < 0)
		return -1;
	/* the second read exists only when the load was checked (--check-render) */
	if (record[1].n > 0) {
		if (catalog_replay(a, &record[1], filter, &again, err) < 0)
			return -1;
		adopt_alternatives(a, out, &again);
	}
	sources_attach(a, out, stmts);
	return 0;
}

/* --- rehearsal: a plan tried on a copy of the database's schema --------- */

/* The roles a model's policies and grants name.  A policy's roles are a
 * list of quoted names as the catalog prints it: "a, \"b c\", PUBLIC". */
static int create_model_roles(struct shadow *sh, struct arena *a, const struct model *m,
			      struct sd_error *err)
{
	for (size_t i = 0; m && i < m->n; i++) {
		const struct object *o = m->objects[i];
		if (o->kind == OBJ_PRIVILEGE) {
			const char *g = ((const struct privilege_obj *)o)->grantee;
			if (g[0] && create_role(sh, g, err) < 0)
				return -1;
			continue;
		}
		if (o->kind != OBJ_POLICY)
			continue;
		for (const char *p = ((const struct policy_obj *)o)->roles; p && *p;) {
			struct strbuf name = STRBUF_INIT;
			bool quoted = *p == '"';
			if (quoted) {
				for (p++; *p && !(p[0] == '"' && p[1] != '"'); p++) {
					strbuf_addch(&name, *p);
					if (*p == '"')
						p++;
				}
				if (*p)
					p++;
			} else {
				while (*p && *p != ',')
					strbuf_addch(&name, *p++);
			}
			bool keyword = !quoted && (!strcmp(name.buf, "PUBLIC") ||
						   !strcmp(name.buf, "CURRENT_USER") ||
						   !strcmp(name.buf, "SESSION_USER") ||
						   !strcmp(name.buf, "CURRENT_ROLE"));
			int rc = name.len && !keyword ? create_role(sh, arena_strdup(a, name.buf), err) : 0;
			strbuf_release(&name);
			if (rc < 0)
				return -1;
			while (*p == ',' || *p == ' ')
				p++;
		}
	}
	return 0;
}


int shadow_rehearse(struct shadow *sh, struct arena *a, const struct schema_filter *filter,
		    struct rehearsal *r, struct sd_error *err)
{
	struct model fresh;
	struct plan copy_plan;
	struct scratch s;
	int rc = 0;
	if (sh->embedded)
		rc = create_model_roles(sh, a, r->current, err);
	if (rc == 0 && sh->embedded)
		rc = create_model_roles(sh, a, r->desired, err);
	if (rc == 0)
		rc = scratch_open(sh, &s, err);
	else
		return -1;
	if (rc == 0)
		rc = scratch_read(&s, a, filter, &fresh, NULL, err);
	if (rc == 0)
		rc = db_exec(&s.owner, PLAN_SESSION_SETUP, err);
	double t = monotonic_seconds();
	if (rc == 0) {
		/* the copy: the database's schema as schemadiff renders it */
		struct run_plan copy;
		plan_build(a, &fresh, r->current, &copy_plan);
		run_plan_from(a, &copy_plan, NULL, &copy);
		if (run_copy(sh, &s, &copy.forward,
			     "the copy of the database's schema fails in the shadow", err) < 0) {
			sd_error_hint(err, "the shadow server cannot hold this database's schema "
					   "(a missing extension?); use --shadow-db with a server "
					   "like the database's, or --no-verify");
			rc = -1;
		}
	}
	r->secs_copy = monotonic_seconds() - t;
	t = monotonic_seconds();
	if (rc == 0)
		rc = scratch_read(&s, a, filter, &r->copy, NULL, err);
	r->secs_reads = monotonic_seconds() - t;
	t = monotonic_seconds();
	if (rc == 0)
		rc = run_steps(sh, &s, r->forward, SD_ERR_INPUT, /* refused: exit 2 */
			       "the plan fails in rehearsal on a copy of the database's schema", err);
	r->secs_steps = monotonic_seconds() - t;
	t = monotonic_seconds();
	if (rc == 0)
		rc = scratch_read(&s, a, filter, &r->after, NULL, err);
	r->secs_reads += monotonic_seconds() - t;
	t = monotonic_seconds();
	if (rc == 0)
		rc = run_steps(sh, &s, r->back, SD_ERR_INPUT,
			       "the rollback fails in rehearsal on a copy of the database's schema",
			       err);
	r->secs_steps += monotonic_seconds() - t;
	t = monotonic_seconds();
	if (rc == 0)
		rc = scratch_read(&s, a, filter, &r->restored, NULL, err);
	r->secs_reads += monotonic_seconds() - t;
	return scratch_close(sh, &s, rc, err);
}
