/*
 * history.c: see history.h.  Every value goes in as a bound parameter.
 */
#include "history.h"
#include "../common/arena.h"
#include "../common/db.h"
#include "../common/error.h"
#include "../common/version.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static const char create_sql[] =
	"CREATE SCHEMA IF NOT EXISTS schemadiff;\n"
	"CREATE TABLE IF NOT EXISTS schemadiff.history (\n"
	"  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
	"  kind text NOT NULL CHECK (kind IN ('apply', 'rollback')),\n"
	"  status text NOT NULL,\n"
	"  started_at timestamptz NOT NULL DEFAULT clock_timestamp(),\n"
	"  finished_at timestamptz,\n"
	"  source_fingerprint text NOT NULL,\n"
	"  target_fingerprint text NOT NULL,\n"
	"  steps_total integer NOT NULL,\n"
	"  steps_done integer NOT NULL DEFAULT 0,\n"
	"  plan_sql text NOT NULL,\n"
	"  rollback_sql text,\n"
	"  rollback_steps jsonb,\n"
	"  source_objects jsonb,\n"
	"  target_objects jsonb,\n"
	"  tool_version text NOT NULL,\n"
	"  db_user text NOT NULL DEFAULT current_user,\n"
	"  error text,\n"
	"  undoes bigint REFERENCES schemadiff.history (id)\n"
	")";

int history_exists(struct db *db, bool *out, struct sd_error *err)
{
	PGresult *res;
	if (db_query(db, "SELECT pg_catalog.to_regclass('schemadiff.history') IS NOT NULL", &res,
		     err) < 0)
		return -1;
	*out = PQgetvalue(res, 0, 0)[0] == 't';
	PQclear(res);
	return 0;
}

int history_ensure(struct db *db, struct sd_error *err)
{
	bool exists;
	if (history_exists(db, &exists, err) < 0)
		return -1;
	return exists ? 0 : db_exec(db, create_sql, err);
}

int history_close_stale(struct db *db, struct sd_error *err)
{
	bool exists;
	if (history_exists(db, &exists, err) < 0)
		return -1;
	if (!exists)
		return 0;
	return db_exec(db, "UPDATE schemadiff.history SET status = 'interrupted', "
			   "error = coalesce(error, 'the process running it stopped'), "
			   "finished_at = coalesce(finished_at, clock_timestamp()) "
			   "WHERE status = 'running'", err);
}

int history_begin(struct db *db, const char *kind, uint64_t source_fp, uint64_t target_fp,
		  size_t steps_total, const char *plan_sql, const char *rollback_sql,
		  const char *rollback_steps_json, const char *source_objects_json,
		  const char *target_objects_json, long long undoes, long long *id,
		  struct sd_error *err)
{
	char src[17], tgt[17], total[32], und[32];
	snprintf(src, sizeof(src), "%016" PRIx64, source_fp);
	snprintf(tgt, sizeof(tgt), "%016" PRIx64, target_fp);
	snprintf(total, sizeof(total), "%zu", steps_total);
	snprintf(und, sizeof(und), "%lld", undoes);
	const char *values[] = { kind, src, tgt, total, plan_sql, rollback_sql,
				 rollback_steps_json, SCHEMADIFF_VERSION, undoes ? und : NULL,
				 source_objects_json, target_objects_json };
	PGresult *res;
	if (db_query_params(db,
			    "INSERT INTO schemadiff.history (kind, status, source_fingerprint, "
			    "target_fingerprint, steps_total, plan_sql, rollback_sql, rollback_steps, "
			    "tool_version, undoes, source_objects, target_objects) "
			    "VALUES ($1, 'running', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
			    11, values, &res, err) < 0)
		return -1;
	*id = atoll(PQgetvalue(res, 0, 0));
	PQclear(res);
	return 0;
}

int history_update(struct db *db, long long id, const char *status, size_t steps_done,
		   bool finished, const char *error, struct sd_error *err)
{
	char sid[32], done[32];
	snprintf(sid, sizeof(sid), "%lld", id);
	snprintf(done, sizeof(done), "%zu", steps_done);
	const char *values[] = { sid, status, done, finished ? "t" : "f", error };
	return db_query_params(db,
			       "UPDATE schemadiff.history SET status = coalesce($2, status), "
			       "steps_done = $3, error = coalesce($5, error), "
			       "finished_at = CASE WHEN $4::boolean THEN clock_timestamp() END "
			       "WHERE id = $1",
			       5, values, NULL, err);
}

static const char *text_or_null(struct arena *a, PGresult *res, int row, int col)
{
	return PQgetisnull(res, row, col) ? NULL : arena_strdup(a, PQgetvalue(res, row, col));
}

int history_list(struct db *db, struct arena *a, bool with_json, struct history_run **out,
		 size_t *n, struct sd_error *err)
{
	bool exists;
	*out = NULL;
	*n = 0;
	if (history_exists(db, &exists, err) < 0)
		return -1;
	if (!exists)
		return 0;
	PGresult *res;
	/* the JSON columns are large on large schemas: only when asked for */
	const char *values[] = { with_json ? "t" : "f" };
	if (db_query_params(db,
			    "SELECT id, kind, status, "
			    "to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS\"Z\"'), "
			    "to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS\"Z\"'), "
			    "to_char(extract(epoch FROM finished_at - started_at), 'FM999999990.000') || ' s', "
			    "source_fingerprint, target_fingerprint, steps_done, steps_total, db_user, "
			    "tool_version, error, CASE WHEN $1 THEN rollback_steps::text END, "
			    "coalesce(undoes, 0), CASE WHEN $1 THEN source_objects::text END, "
			    "CASE WHEN $1 THEN target_objects::text END "
			    "FROM schemadiff.history ORDER BY id",
			    1, values, &res, err) < 0)
		return -1;
	*n = (size_t)PQntuples(res);
	*out = arena_alloc(a, (*n + 1) * sizeof(**out));
	for (int i = 0; i < (int)*n; i++) {
		struct history_run *r = &(*out)[i];
		r->id = atoll(PQgetvalue(res, i, 0));
		r->kind = text_or_null(a, res, i, 1);
		r->status = text_or_null(a, res, i, 2);
		r->started = text_or_null(a, res, i, 3);
		r->finished = text_or_null(a, res, i, 4);
		r->duration = text_or_null(a, res, i, 5);
		r->source_fingerprint = strtoull(PQgetvalue(res, i, 6), NULL, 16);
		r->target_fingerprint = strtoull(PQgetvalue(res, i, 7), NULL, 16);
		r->steps_done = atoi(PQgetvalue(res, i, 8));
		r->steps_total = atoi(PQgetvalue(res, i, 9));
		r->db_user = text_or_null(a, res, i, 10);
		r->tool_version = text_or_null(a, res, i, 11);
		r->error = text_or_null(a, res, i, 12);
		r->rollback_steps = text_or_null(a, res, i, 13);
		r->undoes = atoll(PQgetvalue(res, i, 14));
		r->source_objects = text_or_null(a, res, i, 15);
		r->target_objects = text_or_null(a, res, i, 16);
	}
	PQclear(res);
	return 0;
}
