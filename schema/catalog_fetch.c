/* catalog_fetch.c: see catalog_fetch.h. */
#include "catalog_fetch.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/quote.h"
#include "../common/strbuf.h"
#include "../common/util.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

/* Below this many relations a second session costs more (a backend to
 * start) than it saves. */
#define HELPER_MIN_RELATIONS 2000
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

/* Rows arriving one at a time become a rowset in the query's arena
 * (struct building); the cell pointers grow by realloc and the array is
 * handed to the arena at the end, never copied. */
static void add_row(void *arg, const PGresult *res)
{
	struct building *b = arg;
	struct rowset *rs = b->rs;
	if (!rs->colnames) {
		rs->ncols = PQnfields(res);
		rs->colnames = arena_alloc(b->a, (size_t)rs->ncols * sizeof(*rs->colnames) + 1);
		for (int c = 0; c < rs->ncols; c++)
			rs->colnames[c] = arena_strdup(b->a, PQfname(res, c));
	}
	for (int i = 0; i < PQntuples(res); i++) {
		if (b->n_cells + (size_t)rs->ncols > b->cap_cells) {
			b->cap_cells = b->cap_cells ? 2 * b->cap_cells : 1024;
			b->cells = arena_array_grow(b->cells, b->cap_cells * sizeof(*b->cells));
		}
		for (int c = 0; c < rs->ncols; c++)
			b->cells[b->n_cells++] =
				PQgetisnull(res, i, c)
					? NULL
					: arena_strndup(b->a, PQgetvalue(res, i, c),
							(size_t)PQgetlength(res, i, c));
		rs->nrows++;
	}
}

static void start_building(struct building *b, struct arena *a, const char *name)
{
	arena_array_drop(b->cells);
	*b = (struct building){ .a = a, .rs = arena_alloc(a, sizeof(*b->rs)) };
	b->rs->name = name;
}

static struct rowset *finish_building(struct building *b)
{
	struct rowset *rs = b->rs;
	if (!b->cells) /* no rows */
		b->cells = arena_array_grow(NULL, sizeof(*b->cells));
	arena_array_keep(b->a, b->cells);
	rs->cells = b->cells;
	*b = (struct building){ 0 };
	return rs;
}

static const char begin_sql[] = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
/* No parallel workers: the read already runs on two sessions, and starting
 * workers for every catalog query cost more CPU than they saved (a warm
 * plan of 10,000 tables read faster without them, and a cold plan's read
 * runs beside a shadow load that needs every CPU).  No JIT either: a large
 * catalog pushes the queries' estimates over the JIT thresholds, and the
 * compiling is spent on queries that run once.  work_mem large enough that
 * the bigger sorts (the columns of 10,000 tables sort about 40 MB) stay in
 * memory.  SET LOCAL ends with the read's transaction. */
static const char settings_sql[] = "SET LOCAL max_parallel_workers_per_gather = 0; "
				   "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'; "
				   /* constants (a timestamptz partition bound, an
				    * interval default) are printed the same way from
				    * every database, whatever its own TimeZone or
				    * DateStyle: two models compare instants, not how
				    * a session would show them */
				   "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, MDY'; "
				   "SET LOCAL IntervalStyle = 'postgres'; SET LOCAL bytea_output = 'hex'";

/* Start the read's transaction on db: on the snapshot another session
 * exported when snapshot is not NULL (which must come first in it). */
static int begin_read(struct db *db, const char *snapshot, struct sd_error *err)
{
	struct strbuf sql = STRBUF_INIT;
	strbuf_adds(&sql, begin_sql);
	if (snapshot) {
		strbuf_adds(&sql, "; SET TRANSACTION SNAPSHOT ");
		sql_add_literal(&sql, snapshot);
	}
	strbuf_adds(&sql, "; ");
	strbuf_adds(&sql, settings_sql);
	int rc = db_exec(db, sql.buf, err);
	strbuf_release(&sql);
	return rc;
}

/* probe_err gets what a failure on db's own session said */
static bool catalog_is_large(struct db *db, struct sd_error *probe_err)
{
	PGresult *res;
	if (db_query(db, "SELECT pg_catalog.count(*) > " STRINGIFY(HELPER_MIN_RELATIONS)
		     " FROM pg_catalog.pg_class", &res, probe_err) < 0)
		return false;
	bool large = PQgetvalue(res, 0, 0)[0] == 't';
	PQclear(res);
	return large;
}

/* The helper session, in a transaction on db's snapshot; false (and no
 * helper) when anything on the way fails: the read then uses one session.
 * probe_err gets what a failure on db's own session said. */
static bool open_helper(struct catalog_fetch *f, struct sd_error *probe_err)
{
	struct sd_error ignored;
	PGresult *res;
	if (db_query(f->db, "SELECT pg_catalog.pg_export_snapshot()", &res, probe_err) < 0)
		return false;
	bool ok = db_clone(f->db, &f->helper, &ignored) == 0;
	if (ok && begin_read(&f->helper, PQgetvalue(res, 0, 0), &ignored) < 0) {
		db_close(&f->helper);
		ok = false;
	}
	PQclear(res);
	return ok;
}

int catalog_fetch_begin(struct catalog_fetch *f, struct db *db, bool spread,
			const struct catalog_query *queries, size_t n, struct sd_error *err)
{
	memset(f, 0, sizeof(*f));
	f->db = db;
	f->q = queries;
	f->n = n;
	f->back = n;
	f->main_running = f->helper_running = -1;
	f->ready = calloc(n + 1, sizeof(*f->ready));
	f->started = calloc(n + 1, sizeof(*f->started));
	f->mem = calloc(n + 1, sizeof(*f->mem));
	if (!f->ready || !f->started || !f->mem)
		die("out of memory");
	/* one snapshot for all queries, so the model is consistent */
	if (begin_read(db, NULL, err) < 0)
		return -1;
	const char *sessions = getenv("SCHEMADIFF_READ_SESSIONS"); /* for tests: 1 */
	struct sd_error probe_err = { 0 };
	if (spread && (!sessions || atoi(sessions) != 1) && catalog_is_large(db, &probe_err))
		f->has_helper = open_helper(f, &probe_err);
	/* the session itself is gone: that is the error to report */
	if (PQstatus(db->conn) != CONNECTION_OK) {
		if (probe_err.message[0])
			*err = probe_err;
		else
			sd_error_set(err, SD_ERR_DATABASE, "%s: the connection was lost", db->label);
		return -1;
	}
	/* a failed query on the way aborted the transaction: start it again */
	if (PQtransactionStatus(db->conn) != PQTRANS_INTRANS) {
		struct sd_error ignored;
		db_exec(db, "ROLLBACK", &ignored);
		if (begin_read(db, NULL, err) < 0)
			return -1;
	}
	return 0;
}

/* Give the idle helper the last query not yet started, if that is one the
 * reader will ask for after the one it waits on. */
static void feed_helper(struct catalog_fetch *f, size_t waited)
{
	if (!f->has_helper || f->helper_running >= 0)
		return;
	while (f->back > 0 && f->started[f->back - 1])
		f->back--;
	if (f->back == 0 || f->back - 1 <= waited)
		return;
	size_t j = f->back - 1;
	struct sd_error ignored; /* the query is then the main session's */
	if (db_send_rows(&f->helper, f->q[j].sql, &ignored) == 0) {
		f->started[j] = true;
		f->helper_running = (long)j;
		start_building(&f->building[1], &f->mem[j], f->q[j].name);
	}
}

/* Take the rows that arrived on either session; a query that is done
 * has its rowset in ready[].  Rows come one at a time, so no query's
 * result is ever held whole by libpq beside its rowset. */
static int pump(struct catalog_fetch *f, struct sd_error *err)
{
	struct pollfd fds[2];
	struct db *dbs[2] = { f->db, &f->helper };
	long *running[2] = { &f->main_running, &f->helper_running };
	/* a session whose rows have no rowset to go to is one whose query
	 * has a part out (catalog_fetch_get_any_part): it waits for the reader */
	for (int k = 0; k < 2; k++)
		fds[k] = (struct pollfd){ .fd = *running[k] >= 0 && f->building[k].rs
						       ? db_socket(dbs[k])
						       : -1,
					  .events = POLLIN };
	if (poll(fds, 2, -1) < 0 && errno != EINTR)
		die("poll failed while reading the catalog");
	for (int k = 0; k < 2; k++) {
		if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLERR | POLLHUP)))
			continue;
		size_t i = (size_t)*running[k];
		const struct catalog_query *q = &f->q[i];
		int rc = q->row ? db_collect_rows(dbs[k], q->row, q->arg, err)
				: db_collect_rows(dbs[k], add_row, &f->building[k], err);
		if (rc == 1)
			continue;
		*running[k] = -1;
		if (rc < 0)
			return -1;
		f->ready[i] = finish_building(&f->building[k]);
	}
	return 0;
}

static bool wanted(const size_t *want, size_t n_want, long q)
{
	for (size_t w = 0; w < n_want; w++)
		if ((long)want[w] == q)
			return true;
	return false;
}

int catalog_fetch_get_any_part(struct catalog_fetch *f, const size_t *want, size_t n_want,
			       int max_rows, size_t *which, struct rowset **res, bool *last,
			       struct sd_error *err)
{
	BUG_ON(n_want == 0);
	long *running[2] = { &f->main_running, &f->helper_running };
	/* a session whose last part was taken (and released) builds the next */
	for (int k = 0; k < 2; k++)
		if (*running[k] >= 0 && !f->building[k].rs)
			start_building(&f->building[k], &f->mem[*running[k]], f->q[*running[k]].name);
	for (;;) {
		/* a query done: its last rows */
		for (size_t w = 0; w < n_want; w++) {
			size_t i = want[w];
			BUG_ON(i >= f->n);
			if (f->ready[i]) {
				*which = i;
				*res = f->ready[i];
				*last = true;
				f->ready[i] = NULL;
				feed_helper(f, want[0]);
				return 0;
			}
		}
		/* a part's worth of rows of a wanted query, on either session */
		for (int k = 0; k < 2; k++)
			if (*running[k] >= 0 && wanted(want, n_want, *running[k]) &&
			    f->building[k].rs->nrows >= max_rows) {
				*which = (size_t)*running[k];
				*res = finish_building(&f->building[k]);
				*last = false;
				return 0;
			}
		/* the reader's own session takes the first wanted query not
		 * started; the helper the last unstarted one after it */
		for (size_t w = 0; f->main_running < 0 && w < n_want; w++) {
			size_t i = want[w];
			if (f->started[i])
				continue;
			if (db_send_rows(f->db, f->q[i].sql, err) < 0)
				return -1;
			f->started[i] = true;
			f->main_running = (long)i;
			start_building(&f->building[0], &f->mem[i], f->q[i].name);
		}
		feed_helper(f, want[0]);
		/* a wanted query is running, or ready above, or it was all taken */
		BUG_ON(f->main_running < 0 && f->helper_running < 0);
		if (pump(f, err) < 0)
			return -1;
	}
}

int catalog_fetch_get(struct catalog_fetch *f, size_t i, struct rowset **res,
		      struct sd_error *err)
{
	bool last;
	size_t which;
	return catalog_fetch_get_any_part(f, &i, 1, INT_MAX, &which, res, &last, err);
}

void catalog_fetch_release(struct catalog_fetch *f, size_t i, struct arena *keep)
{
	BUG_ON(i >= f->n);
	if (keep)
		arena_adopt(keep, &f->mem[i]);
	else
		arena_free(&f->mem[i]);
}

void catalog_fetch_end(struct catalog_fetch *f, bool ok)
{
	struct sd_error ignored;
	if (f->has_helper) {
		/* a query still running is of no use now */
		if (f->helper_running >= 0) {
			PGcancel *c = PQgetCancel(f->helper.conn);
			char buf[256];
			if (c)
				PQcancel(c, buf, sizeof(buf)), PQfreeCancel(c);
		}
		db_close(&f->helper);
	}
	if (f->main_running >= 0) { /* only after a failure: drain it */
		PGresult *r;
		while ((r = PQgetResult(f->db->conn)))
			PQclear(r);
	}
	for (int k = 0; k < 2; k++)
		arena_array_drop(f->building[k].cells);
	for (size_t i = 0; i < f->n; i++)
		arena_free(&f->mem[i]);
	free(f->mem);
	free(f->ready);
	free(f->started);
	db_exec(f->db, ok ? "COMMIT" : "ROLLBACK", &ignored);
}
