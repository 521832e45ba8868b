/* catalog_fetch.c: see catalog_fetch.h. */
#include "catalog_fetch.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/quote.h"
#include "../common/strbuf.h"
#include "../common/util.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

/* Below this many relations a second session costs more (a backend to
 * start) than it saves. */
#define HELPER_MIN_RELATIONS 2000
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

/* A PGresult as a rowset in the arena: one block for all the strings. */
static struct rowset *rowset_from(struct arena *a, const char *name, PGresult *res)
{
	struct rowset *rs = arena_alloc(a, sizeof(*rs));
	rs->name = name;
	rs->nrows = PQntuples(res);
	rs->ncols = PQnfields(res);
	rs->colnames = arena_alloc(a, (size_t)rs->ncols * sizeof(*rs->colnames) + 1);
	for (int c = 0; c < rs->ncols; c++)
		rs->colnames[c] = arena_strdup(a, PQfname(res, c));
	size_t bytes = 0, n = (size_t)rs->nrows * (size_t)rs->ncols;
	for (int i = 0; i < rs->nrows; i++)
		for (int c = 0; c < rs->ncols; c++)
			bytes += (size_t)PQgetlength(res, i, c) + 1;
	char *buf = arena_alloc(a, bytes + 1);
	rs->cells = arena_alloc(a, n * sizeof(*rs->cells) + 1);
	for (int i = 0; i < rs->nrows; i++)
		for (int c = 0; c < rs->ncols; c++) {
			if (PQgetisnull(res, i, c))
				continue;
			size_t len = (size_t)PQgetlength(res, i, c);
			memcpy(buf, PQgetvalue(res, i, c), len);
			buf[len] = '\0';
			rs->cells[(size_t)i * (size_t)rs->ncols + (size_t)c] = buf;
			buf += len + 1;
		}
	return rs;
}

static const char begin_sql[] = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

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
	struct strbuf sql = STRBUF_INIT;
	strbuf_adds(&sql, begin_sql);
	strbuf_adds(&sql, "; SET TRANSACTION SNAPSHOT ");
	sql_add_literal(&sql, PQgetvalue(res, 0, 0));
	PQclear(res);
	bool ok = db_clone(f->db, &f->helper, &ignored) == 0;
	if (ok && db_exec(&f->helper, sql.buf, &ignored) < 0) {
		db_close(&f->helper);
		ok = false;
	}
	strbuf_release(&sql);
	return ok;
}

int catalog_fetch_begin(struct catalog_fetch *f, struct arena *a, struct db *db, bool spread,
			const struct catalog_query *queries, size_t n, struct sd_error *err)
{
	memset(f, 0, sizeof(*f));
	f->a = a;
	f->db = db;
	f->q = queries;
	f->n = n;
	f->back = n;
	f->main_running = f->helper_running = -1;
	f->ready = calloc(n + 1, sizeof(*f->ready));
	f->started = calloc(n + 1, sizeof(*f->started));
	if (!f->ready || !f->started)
		die("out of memory");
	/* one snapshot for all queries, so the model is consistent */
	if (db_exec(db, begin_sql, err) < 0)
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
		if (db_exec(db, begin_sql, err) < 0)
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
	if (db_send(&f->helper, f->q[j].sql) == 0) {
		f->started[j] = true;
		f->helper_running = (long)j;
	}
}

/* Wait until a running query on either session is done; its rows go to
 * ready[], as a rowset at once, so only the queries in flight are ever
 * held as libpq results. */
static int pump(struct catalog_fetch *f, struct sd_error *err)
{
	struct pollfd fds[2];
	struct db *dbs[2] = { f->db, &f->helper };
	long *running[2] = { &f->main_running, &f->helper_running };
	for (int k = 0; k < 2; k++)
		fds[k] = (struct pollfd){ .fd = *running[k] >= 0 ? db_socket(dbs[k]) : -1,
					  .events = POLLIN };
	if (poll(fds, 2, -1) < 0 && errno != EINTR)
		die("poll failed while reading the catalog");
	for (int k = 0; k < 2; k++) {
		if (*running[k] < 0 || !(fds[k].revents & (POLLIN | POLLERR | POLLHUP)))
			continue;
		PGresult *res;
		int rc = db_collect_result(dbs[k], &res, err);
		if (rc == 1)
			continue;
		size_t i = (size_t)*running[k];
		*running[k] = -1;
		if (rc < 0)
			return -1;
		f->ready[i] = rowset_from(f->a, f->q[i].name, res);
		PQclear(res);
	}
	return 0;
}

int catalog_fetch_get(struct catalog_fetch *f, size_t i, struct rowset **res,
		      struct sd_error *err)
{
	BUG_ON(i >= f->n);
	/* without a helper, this is one query at a time on db's session */
	if (!f->started[i]) {
		if (db_send(f->db, f->q[i].sql) < 0)
			return sd_error_set(err, SD_ERR_DATABASE, "query on %s failed: %s", f->db->label,
					    PQerrorMessage(f->db->conn));
		f->started[i] = true;
		f->main_running = (long)i;
	}
	while (!f->ready[i]) {
		feed_helper(f, i);
		if (pump(f, err) < 0)
			return -1;
	}
	*res = f->ready[i];
	f->ready[i] = NULL;
	feed_helper(f, i);
	return 0;
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
	free(f->ready);
	free(f->started);
	db_exec(f->db, ok ? "COMMIT" : "ROLLBACK", &ignored);
}
