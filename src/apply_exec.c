/*
 * apply_exec.c: see apply_exec.h.
 */
#include "apply_exec.h"
#include "history.h"
#include "run_plan.h"
#include "../common/db.h"
#include "../common/error.h"
#include "../common/strbuf.h"
#include "../common/util.h"
#include "../parser/statement.h"

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* --- signals: cancel the running statement ------------------------------ */

static volatile sig_atomic_t interrupted;
static PGcancel *volatile cancel_handle;

static void on_interrupt(int sig)
{
	(void)sig;
	interrupted = 1;
	char errbuf[256];
	PGcancel *c = cancel_handle;
	if (c)
		PQcancel(c, errbuf, sizeof(errbuf)); /* documented as signal-safe */
}

static void catch_interrupts(struct db *db)
{
	cancel_handle = PQgetCancel(db->conn);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_interrupt;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

/* After the steps, an interrupt stops the process again as usual. */
static void release_interrupts(void)
{
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	PGcancel *c = cancel_handle;
	cancel_handle = NULL;
	if (c)
		PQfreeCancel(c);
}

/* --- time --------------------------------------------------------------- */

/* Sleep ms milliseconds, waking early on an interrupt. */
static void pause_ms(long ms)
{
	for (long slept = 0; slept < ms && !interrupted; slept += 100) {
		struct timespec ts = { 0, 100 * 1000000L };
		nanosleep(&ts, NULL);
	}
}

long parse_duration_ms(const char *text)
{
	static const struct {
		const char *unit;
		long ms;
	} units[] = { { "ms", 1 }, { "s", 1000 }, { "", 1000 }, { "min", 60000 }, { "m", 60000 },
		      { "h", 3600000 } };
	char *end;
	errno = 0;
	double v = strtod(text, &end);
	if (end == text || errno || v < 0 || !isdigit((unsigned char)text[0]))
		return -1;
	for (size_t i = 0; i < ARRAY_SIZE(units); i++)
		if (!strcmp(end, units[i].unit)) {
			double ms = v * (double)units[i].ms;
			return ms > 1e12 ? -1 : (long)ms;
		}
	return -1;
}

/* --- one statement, watched --------------------------------------------- */

struct exec {
	struct db *db;
	const struct exec_options *o;
	struct db monitor;      /* progress of index builds; opened on demand */
	bool monitor_failed;
	int backend_pid;
};

static bool is_index_build(const char *sql)
{
	return !strncmp(sql, "CREATE INDEX", 12) || !strncmp(sql, "CREATE UNIQUE INDEX", 19);
}

/* One line on stderr about a long index build: its phase and blocks. */
static void show_index_progress(struct exec *x, double started)
{
	if (!x->monitor.conn && !x->monitor_failed) {
		struct sd_error ignored;
		x->monitor_failed = db_open(x->o->conninfo, "database", &x->monitor, &ignored) < 0;
	}
	if (!x->monitor.conn)
		return;
	char sql[256];
	snprintf(sql, sizeof(sql),
		 "SELECT phase, blocks_done, blocks_total FROM pg_catalog.pg_stat_progress_create_index "
		 "WHERE pid = %d", x->backend_pid);
	PGresult *res;
	struct sd_error ignored;
	if (db_query(&x->monitor, sql, &res, &ignored) < 0)
		return;
	if (PQntuples(res) == 1)
		fprintf(stderr, "    %.0fs: %s, blocks %s/%s\n", monotonic_seconds() - started, PQgetvalue(res, 0, 0),
			PQgetvalue(res, 0, 1), PQgetvalue(res, 0, 2));
	PQclear(res);
}

/* Run sql and wait for it, polling once a second for progress. */
static int run_sql(struct exec *x, const char *sql, struct db_failure *f)
{
	if (db_send(x->db, sql) < 0) {
		memset(f, 0, sizeof(*f));
		snprintf(f->message, sizeof(f->message), "%s", PQerrorMessage(x->db->conn));
		return -1;
	}
	double started = monotonic_seconds(), last_report = started;
	for (;;) {
		struct pollfd p = { .fd = db_socket(x->db), .events = POLLIN };
		int ready = poll(&p, 1, 1000);
		if (ready < 0 && errno != EINTR) {
			memset(f, 0, sizeof(*f));
			snprintf(f->message, sizeof(f->message), "poll: %s", strerror(errno));
			return -1;
		}
		if (ready > 0) {
			int rc = db_collect(x->db, f);
			if (rc <= 0)
				return rc;
		}
		if (x->o->progress && is_index_build(sql) && monotonic_seconds() - last_report >= 5) {
			show_index_progress(x, started);
			last_report = monotonic_seconds();
		}
	}
}

static int exec_simple(struct exec *x, const char *sql, struct sd_error *err)
{
	struct db_failure f;
	if (run_sql(x, sql, &f) == 0)
		return 0;
	return sd_error_set(err, SD_ERR_DATABASE, "%s: %s", x->db->label, f.message);
}

/* --- steps ----------------------------------------------------------------- */

static bool lock_timed_out(const struct db_failure *f)
{
	return !strcmp(f->sqlstate, "55P03"); /* lock_not_available */
}

static void show_step(const struct exec *x, const struct run_steps *steps, size_t i)
{
	if (!x->o->progress)
		return;
	const struct run_step *s = &steps->v[i];
	int len = (int)strcspn(s->sql, "\n");
	fprintf(stderr, "[%zu/%zu] %s: %.*s%s\n", i + 1, steps->n, s->object ? s->object : "step",
		len > 100 ? 100 : len, s->sql, len > 100 ? "..." : "");
}

/* A failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind,
 * whose name would make the retry fail: drop it first. */
static int drop_invalid_index(struct exec *x, const char *sql, struct sd_error *err)
{
	char schema[256], name[256];
	if (!index_statement_name(sql, schema, sizeof(schema), name, sizeof(name)))
		return 0;
	const char *values[] = { schema, name };
	PGresult *res;
	if (db_query_params(x->db,
			    "SELECT pg_catalog.format('DROP INDEX CONCURRENTLY %I.%I', n.nspname, c.relname) "
			    "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
			    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			    "WHERE n.nspname = $1 AND c.relname = $2 AND NOT i.indisvalid",
			    2, values, &res, err) < 0)
		return -1;
	char *drop = PQntuples(res) == 1 ? xstrdup(PQgetvalue(res, 0, 0)) : NULL;
	PQclear(res);
	if (!drop)
		return 0;
	if (x->o->progress)
		fprintf(stderr, "    dropping the invalid index %s.%s a failed build left\n", schema, name);
	int rc = exec_simple(x, drop, err);
	free(drop);
	return rc;
}

/* The end of the batch that starts at i: a run of transactional steps up
 * to one that must run alone or needs a commit first; a lone step alone. */
static size_t batch_end(const struct run_steps *steps, size_t i)
{
	if (!steps->v[i].transactional)
		return i + 1;
	size_t j = i + 1;
	while (j < steps->n && steps->v[j].transactional && !steps->v[j].needs_commit)
		j++;
	return j;
}

/* Run steps [i, j) once: in a transaction that also records progress, or
 * a lone step in autocommit.  f gets the failure. */
static int run_batch(struct exec *x, const struct run_steps *steps, size_t i, size_t j,
		     long long history_id, struct db_failure *f, size_t *failed_step,
		     struct sd_error *err)
{
	bool txn = steps->v[i].transactional;
	*failed_step = i;
	if (!txn && is_index_build(steps->v[i].sql) && drop_invalid_index(x, steps->v[i].sql, err) < 0)
		return -1;
	if (txn && run_sql(x, "BEGIN", f) < 0)
		return -1;
	for (size_t k = i; k < j; k++) {
		if (interrupted) {
			memset(f, 0, sizeof(*f));
			snprintf(f->message, sizeof(f->message), "interrupted");
			*failed_step = k;
			return -1;
		}
		show_step(x, steps, k);
		double t = monotonic_seconds();
		if (run_sql(x, steps->v[k].sql, f) < 0) {
			*failed_step = k;
			return -1;
		}
		if (x->o->progress && monotonic_seconds() - t >= 1)
			fprintf(stderr, "    done in %.1fs\n", monotonic_seconds() - t);
	}
	/* the history row moves with the steps: same transaction */
	bool last = j == steps->n;
	if (history_update(x->db, history_id, last ? "applied" : NULL, j, last, NULL, err) < 0) {
		memset(f, 0, sizeof(*f));
		snprintf(f->message, sizeof(f->message), "%s", err->message);
		return -1;
	}
	if (txn && run_sql(x, "COMMIT", f) < 0)
		return -1;
	return 0;
}

static int setup_session(struct exec *x, struct sd_error *err)
{
	char sql[512];
	snprintf(sql, sizeof(sql),
		 "SET lock_timeout = %ld; SET statement_timeout = %ld; "
		 "SET check_function_bodies = off; SET client_min_messages = warning; "
		 "SET search_path = public", /* as the plan script (output.c) */
		 x->o->lock_timeout_ms, x->o->statement_timeout_ms);
	return db_exec(x->db, sql, err);
}

/* After a failure: roll back what is open and record what happened, on a
 * fresh session if the server ended ours. */
static void record_failure(struct exec *x, long long history_id, const char *status,
			   size_t done, const char *message)
{
	struct sd_error ignored;
	if (PQstatus(x->db->conn) == CONNECTION_OK) {
		struct db_failure f;
		if (PQtransactionStatus(x->db->conn) != PQTRANS_IDLE)
			db_exec_report(x->db, "ROLLBACK", &f);
		if (history_update(x->db, history_id, status, done, true, message, &ignored) == 0)
			return;
	}
	struct db again;
	if (db_open(x->o->conninfo, "database", &again, &ignored) == 0) {
		history_update(&again, history_id, status, done, true, message, &ignored);
		db_close(&again);
	}
}

int apply_exec(struct db *db, const struct run_steps *steps, long long history_id,
	       const struct exec_options *o, struct sd_error *err)
{
	struct exec x = { .db = db, .o = o, .backend_pid = PQbackendPID(db->conn) };
	size_t done = 0; /* steps whose effects committed */
	interrupted = 0;
	catch_interrupts(db);
	int rc = setup_session(&x, err);
	for (size_t i = 0; rc == 0 && i < steps->n;) {
		size_t j = batch_end(steps, i), failed_step;
		struct db_failure f;
		memset(&f, 0, sizeof(f));
		int tries = 0;
		long backoff_ms = 1000;
		for (;;) {
			if (run_batch(&x, steps, i, j, history_id, &f, &failed_step, err) == 0)
				break;
			if (PQstatus(db->conn) == CONNECTION_OK &&
			    PQtransactionStatus(db->conn) != PQTRANS_IDLE) {
				struct db_failure ignored;
				db_exec_report(db, "ROLLBACK", &ignored);
			}
			if (!lock_timed_out(&f) || interrupted || tries >= o->retries) {
				rc = -1;
				break;
			}
			tries++;
			if (o->progress)
				fprintf(stderr, "    lock timeout (%s); try %d of %d in %.1fs\n",
					steps->v[failed_step].object ? steps->v[failed_step].object : "step",
					tries + 1, o->retries + 1, (double)backoff_ms / 1000);
			pause_ms(backoff_ms);
			backoff_ms = backoff_ms * 2 > 30000 ? 30000 : backoff_ms * 2;
		}
		if (rc == 0) {
			done = j;
			i = j;
			continue;
		}
		const struct run_step *s = &steps->v[failed_step];
		if (interrupted)
			sd_error_set(err, SD_ERR_DATABASE,
				     "interrupted at step %zu of %zu (%s); its transaction was rolled back",
				     failed_step + 1, steps->n, s->object ? s->object : "?");
		else if (lock_timed_out(&f))
			sd_error_set(err, SD_ERR_DATABASE,
				     "step %zu of %zu (%s) could not get its lock within the lock timeout, "
				     "%d times; stopped", failed_step + 1, steps->n,
				     s->object ? s->object : "?", o->retries + 1);
		else
			sd_error_set(err, SD_ERR_DATABASE, "step %zu of %zu (%s) failed: %s",
				     failed_step + 1, steps->n, s->object ? s->object : "?", f.message);
		sd_error_detail(err, "statement: %.1500s", s->sql);
		if (done)
			sd_error_hint(err, "%zu step%s before it committed; run apply again to go on "
					   "from there (it converges), or see schemadiff history",
				      done, done == 1 ? "" : "s");
		record_failure(&x, history_id, interrupted ? "interrupted" : "failed", done,
			       err->message);
	}
	release_interrupts();
	db_close(&x.monitor);
	return rc;
}
