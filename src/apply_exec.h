/*
 * apply_exec.h: running steps against a live database.
 *
 * Transactional steps run together in one transaction, which also moves
 * the history row forward, so the change and its record commit together
 * or not at all.  A step that must run alone (CREATE INDEX CONCURRENTLY,
 * VALIDATE CONSTRAINT) commits what came before and runs in autocommit; a
 * step that needs new enum values committed starts a new transaction.
 *
 * Every statement runs under lock_timeout and statement_timeout.  A
 * transaction (or lone step) that times out waiting for a lock is rolled
 * back and tried again after a pause that doubles each time, up to
 * `retries` times; then apply stops cleanly.  Before a lone CREATE INDEX
 * CONCURRENTLY, an INVALID index of that name (a failed earlier build) is
 * dropped.  SIGINT and SIGTERM cancel the running statement; the open
 * transaction rolls back and the history says so.
 */
#ifndef SD_APPLY_EXEC_H
#define SD_APPLY_EXEC_H

#include <stdbool.h>
#include <stddef.h>

struct db;
struct run_steps;
struct sd_error;

struct exec_options {
	long lock_timeout_ms;      /* 0: none */
	long statement_timeout_ms; /* 0: none */
	int retries;
	bool progress;             /* step lines and index build phases on stderr */
	const char *conninfo;      /* for the progress monitor's own session */
};

/* Run steps on db (a session that holds the deploy lock) and keep history
 * row history_id current.  On failure fill err (saying how many steps
 * committed), try to record the failure (on a new session if the old one
 * is gone) and return -1. */
int apply_exec(struct db *db, const struct run_steps *steps, long long history_id,
	       const struct exec_options *o, struct sd_error *err);

/* "5s", "500ms", "2min", "1h", or a number of seconds; -1 if malformed. */
long parse_duration_ms(const char *text);

#endif
