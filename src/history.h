/*
 * history.h: the table schemadiff.history in the managed database.
 *
 * Every apply and rollback is a row: created as "running" before the
 * first step (in autocommit, so a crash leaves a trace), brought to
 * "applied" in the same transaction as the last transactional step, or to
 * "failed" with the error.  A row still "running" when the next run holds
 * the deploy lock belongs to a process that died: it becomes
 * "interrupted".  The schema schemadiff is never part of a model.
 */
#ifndef SD_HISTORY_H
#define SD_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;
struct db;
struct sd_error;
struct run_steps;

struct history_run {
	long long id;
	const char *kind;       /* "apply" or "rollback" */
	const char *status;     /* running, applied, failed, interrupted, rolled back */
	const char *started, *finished; /* timestamps as text; finished may be NULL */
	const char *duration;   /* "1.234 s", or NULL while running */
	uint64_t source_fingerprint, target_fingerprint;
	int steps_done, steps_total;
	const char *db_user, *tool_version, *error;
	const char *rollback_steps; /* JSON (run_plan.h), NULL for a rollback run */
	long long undoes;       /* a rollback: the run it undid; else 0 */
	const char *source_objects, *target_objects; /* JSON object fingerprints */
};

/* The table exists (history_list on a database never applied to is empty). */
int history_exists(struct db *db, bool *out, struct sd_error *err);
/* Create schema and table when missing. */
int history_ensure(struct db *db, struct sd_error *err);
/* Rows left "running" by a process that died become "interrupted"; call
 * only while holding the deploy lock. */
int history_close_stale(struct db *db, struct sd_error *err);
/* A new "running" row; *id gets its id. */
int history_begin(struct db *db, const char *kind, uint64_t source_fp, uint64_t target_fp,
		  size_t steps_total, const char *plan_sql, const char *rollback_sql,
		  const char *rollback_steps_json, const char *source_objects_json,
		  const char *target_objects_json, long long undoes, long long *id,
		  struct sd_error *err);
/* Progress and outcome.  status NULL keeps the status; error may be NULL. */
int history_update(struct db *db, long long id, const char *status, size_t steps_done,
		   bool finished, const char *error, struct sd_error *err);
/* All rows, oldest first; with_json also fetches the rollback steps and
 * object fingerprints (large on large schemas). */
int history_list(struct db *db, struct arena *a, bool with_json, struct history_run **out,
		 size_t *n, struct sd_error *err);

#endif
