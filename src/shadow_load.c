/*
 * shadow_load.c: run the desired-state statements in the scratch database,
 * over several connections at once where their dependencies allow.
 *
 * The statements come in load order with, for each, the earlier
 * statements that create a name it uses (statement.after) and a priority
 * (schemas, extensions, the rest, foreign keys).  A statement may start
 * once its creators are done and every statement of a lower priority is
 * done; up to SHADOW_LOAD_JOBS run at a time, each in its own session and
 * its own (autocommit) transaction, so no lock table has to hold the
 * whole schema.  Extensions run on the superuser session when the server
 * is the embedded one.
 *
 * Which ready statement runs next decides whether the sessions really run
 * side by side.  A schema is often a chain (each table's foreign key
 * needs the table before it), so the statement with the longest chain of
 * statements waiting on it goes first, and the others fill the gaps.  And
 * two statements naming the same table lock it against each other (a
 * CREATE INDEX holds SHARE on its table, a foreign key or trigger SHARE
 * ROW EXCLUSIVE), so a statement does not start while another one that
 * names one of its tables runs: the session takes other work instead of
 * waiting on a lock.
 *
 * Dependencies come from names, and names can miss something (a
 * statement whose needs only the server knows).  So the first failure in
 * parallel is not believed: everything in flight is waited for, and the
 * statements not yet done are run one by one in load order, which is what
 * a serial load would have done; only a failure there is reported, at the
 * statement's file:line:col.
 */
#include "shadow_load.h"
#include "../common/arena.h"
#include "../common/db.h"
#include "../common/error.h"
#include "../common/heap.h"
#include "../common/strbuf.h"
#include "../common/util.h"
#include "../parser/source.h"
#include "../parser/statement.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SHADOW_LOAD_JOBS 4
/* below this, extra sessions cost more than they save */
#define PARALLEL_MIN_STATEMENTS 200
#define N_PRIORITIES N_LOAD_PRIORITIES
/* ready statements looked at for one free session before it waits */
#define MAX_SKIPPED 64

static const char session_setup[] = "SET check_function_bodies = off; "
				    "SET client_min_messages = warning; RESET search_path";

/* A server error, reported at the statement's place in the user's file. */
static int load_error(const struct statement *st, const struct db_failure *f,
		      struct sd_error *err)
{
	size_t off = st->offset;
	if (f->position > 0)
		off += source_char_to_byte(st->sql, (size_t)f->position - 1);
	int line, col;
	source_position(st->file, off, &line, &col);
	sd_error_set_at(err, SD_ERR_INPUT, st->file->path, line, col, "%s", f->message);
	if (f->detail[0])
		sd_error_detail(err, "%s", f->detail);
	sd_error_hint(err, "%s%sthe statement failed while the desired state was loaded into the "
		      "shadow database", f->hint, f->hint[0] ? "; " : "");
	return -1;
}

static bool needs_super(const struct shadow_session *s, const struct statement *st)
{
	return s->embedded && st->superuser;
}

/* A function the superuser session makes (LEAKPROOF) goes to the scratch
 * database's owner, the loading role, right after: the statements after
 * it (a COMMENT ON it, a GRANT, a DROP in a rehearsal) run as that role.
 * Appended to every statement that session runs. */
#define HAND_FUNCTIONS_TO_OWNER \
	"DO $schemadiff$ DECLARE r pg_catalog.regprocedure; BEGIN FOR r IN " \
	"SELECT p.oid FROM pg_catalog.pg_proc p WHERE p.oid >= 16384 " \
	"AND p.proowner = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user) " \
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = p.oid " \
	"AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'e') LOOP " \
	"EXECUTE pg_catalog.format('ALTER ROUTINE %s OWNER TO %I', r, " \
	"(SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database " \
	"WHERE datname = pg_catalog.current_database())); END LOOP; END $schemadiff$"

const char *superuser_sql(struct strbuf *buf, const char *sql)
{
	/* an extension's own functions are its members, and stay as they
	 * are; the newline ends a trailing "-- comment" */
	strbuf_reset(buf);
	strbuf_addf(buf, "%s\n;\n", sql);
	strbuf_adds(buf, HAND_FUNCTIONS_TO_OWNER);
	return buf->buf;
}

static const char *statement_sql(struct strbuf *buf, const struct shadow_session *s,
				 const struct statement *st)
{
	return needs_super(s, st) ? superuser_sql(buf, st->sql) : st->sql;
}

/* Statements not marked done, one at a time, in load order. */
static int load_serial(const struct shadow_session *s, const struct statement_list *stmts,
		       const bool *done, struct sd_error *err)
{
	for (size_t i = 0; i < stmts->n; i++) {
		const struct statement *st = &stmts->v[i];
		if (!st->execute || (done && done[i]))
			continue;
		struct db_failure f;
		struct strbuf buf = STRBUF_INIT;
		int rc = db_exec_report(needs_super(s, st) ? s->super : s->owner,
					statement_sql(&buf, s, st), &f);
		strbuf_release(&buf);
		if (rc < 0)
			return load_error(st, &f, err);
	}
	return 0;
}

struct lane {
	struct db db;
	struct db *conn;   /* &db, or the session the caller owns */
	long running;      /* statement index, or -1 */
	bool super;
};

struct scheduler {
	const struct statement_list *stmts;
	const struct shadow_session *session;
	size_t *missing;        /* creators not yet done, per statement */
	size_t **users;         /* reverse of `after` */
	size_t *n_users;
	size_t *chain;          /* longest chain of users waiting on each statement */
	size_t left[N_PRIORITIES]; /* statements not yet done, per priority */
	/* statements whose creators are done, by priority and by whether they
	 * need the superuser session; longest chain first, then load order */
	struct heap ready[N_PRIORITIES][2];
	bool *done;
};

static bool more_urgent(const void *ctx, size_t a, size_t b)
{
	const struct scheduler *q = ctx;
	if (q->chain[a] != q->chain[b])
		return q->chain[a] > q->chain[b];
	return a < b;
}

/* Whether two statements name a common relation ("r:" names): run
 * together, one would wait for the other's lock. */
static bool share_a_table(const struct statement *x, const struct statement *y)
{
	const char **xs[2] = { x->creates, x->refs }, **ys[2] = { y->creates, y->refs };
	size_t xn[2] = { x->n_creates, x->n_refs }, yn[2] = { y->n_creates, y->n_refs };
	for (int i = 0; i < 2; i++)
		for (size_t k = 0; k < xn[i]; k++) {
			if (strncmp(xs[i][k], "r:", 2))
				continue;
			for (int j = 0; j < 2; j++)
				for (size_t m = 0; m < yn[j]; m++)
					if (!strcmp(xs[i][k], ys[j][m]))
						return true;
		}
	return false;
}

static void make_ready(struct scheduler *q, size_t i)
{
	const struct statement *st = &q->stmts->v[i];
	heap_push(&q->ready[st->priority][needs_super(q->session, st)], i);
}

static int lowest_open_priority(const struct scheduler *q)
{
	for (int p = 0; p < N_PRIORITIES; p++)
		if (q->left[p])
			return p;
	return N_PRIORITIES;
}

static void finish(struct scheduler *q, size_t i)
{
	q->done[i] = true;
	q->left[q->stmts->v[i].priority]--;
	for (size_t u = 0; u < q->n_users[i]; u++)
		if (--q->missing[q->users[i][u]] == 0)
			make_ready(q, q->users[i][u]);
}

/* The most urgent ready statement this lane may run now without waiting
 * on a running one's lock, removed from the ready set; -1 when there is
 * none.  Only the lowest priority with work left may run: a higher one
 * waits for all of it.  With nothing running, nothing conflicts, so an
 * idle loader always makes progress. */
static long take(struct scheduler *q, bool super_lane, const long *running, size_t n_running)
{
	int level = lowest_open_priority(q);
	if (level == N_PRIORITIES)
		return -1;
	struct heap *h = &q->ready[level][super_lane];
	size_t skipped[MAX_SKIPPED], n_skipped = 0;
	long found = -1;
	while (found < 0 && h->n > 0 && n_skipped < MAX_SKIPPED) {
		size_t i = heap_pop(h);
		bool clash = false;
		for (size_t r = 0; r < n_running && !clash; r++)
			clash = share_a_table(&q->stmts->v[i], &q->stmts->v[running[r]]);
		if (clash)
			skipped[n_skipped++] = i;
		else
			found = (long)i;
	}
	while (n_skipped > 0)
		heap_push(h, skipped[--n_skipped]);
	return found;
}

static void scheduler_init(struct arena *a, struct scheduler *q,
			   const struct statement_list *stmts, const struct shadow_session *s)
{
	size_t n = stmts->n;
	memset(q, 0, sizeof(*q));
	q->stmts = stmts;
	q->session = s;
	for (int p = 0; p < N_PRIORITIES; p++)
		for (int k = 0; k < 2; k++)
			heap_init(&q->ready[p][k], n + 1, more_urgent, q);
	q->missing = arena_alloc(a, (n + 1) * sizeof(*q->missing));
	q->chain = arena_alloc(a, (n + 1) * sizeof(*q->chain));
	q->users = arena_alloc(a, (n + 1) * sizeof(*q->users));
	q->n_users = arena_alloc(a, (n + 1) * sizeof(*q->n_users));
	q->done = arena_alloc(a, n + 1);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < stmts->v[i].n_after; k++)
			q->n_users[stmts->v[i].after[k]]++;
	for (size_t i = 0; i < n; i++)
		q->users[i] = arena_alloc(a, (q->n_users[i] + 1) * sizeof(**q->users)), q->n_users[i] = 0;
	for (size_t i = 0; i < n; i++) {
		const struct statement *st = &stmts->v[i];
		for (size_t k = 0; k < st->n_after; k++) {
			size_t c = st->after[k];
			q->users[c][q->n_users[c]++] = i;
		}
		q->missing[i] = st->n_after;
		q->left[st->priority]++;
	}
	/* users come later in load order, so one backward pass sees each
	 * statement's users' chains before its own */
	for (size_t i = n; i-- > 0;) {
		q->chain[i] = 0;
		for (size_t u = 0; u < q->n_users[i]; u++)
			if (q->chain[q->users[i][u]] + 1 > q->chain[i])
				q->chain[i] = q->chain[q->users[i][u]] + 1;
	}
	for (size_t i = 0; i < n; i++)
		if (q->missing[i] == 0)
			make_ready(q, i);
}

static void scheduler_release(struct scheduler *q)
{
	for (int p = 0; p < N_PRIORITIES; p++)
		for (int k = 0; k < 2; k++)
			heap_release(&q->ready[p][k]);
}

int shadow_load(struct arena *a, const struct shadow_session *s,
		const struct statement_list *stmts, struct sd_error *err)
{
	if (db_exec(s->owner, session_setup, err) < 0 || db_exec(s->super, session_setup, err) < 0)
		return -1;
	/* DDL on one database scales little past the CPUs the server has */
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int jobs = cpus > 0 && cpus < SHADOW_LOAD_JOBS ? (int)cpus : SHADOW_LOAD_JOBS;
	if (getenv("SCHEMADIFF_LOAD_JOBS")) /* for measuring: 1 loads serially */
		jobs = atoi(getenv("SCHEMADIFF_LOAD_JOBS"));
	if (jobs < 1 || jobs > SHADOW_LOAD_JOBS)
		jobs = SHADOW_LOAD_JOBS;
	if (stmts->n < PARALLEL_MIN_STATEMENTS || jobs == 1)
		return load_serial(s, stmts, NULL, err);

	/* lanes: the owner session, up to JOBS-1 more like it, the superuser */
	struct lane lanes[SHADOW_LOAD_JOBS + 1];
	size_t n_lanes = 0;
	lanes[n_lanes++] = (struct lane){ .conn = s->owner, .running = -1 };
	for (int j = 1; j < jobs; j++) {
		struct lane *l = &lanes[n_lanes];
		*l = (struct lane){ .running = -1 };
		struct sd_error ignored;
		/* a server short of connections gets fewer lanes, not an error */
		if (db_open_database(s->owner_conninfo, s->dbname, "shadow database", &l->db,
				     &ignored) < 0)
			break;
		if (db_exec(&l->db, session_setup, &ignored) < 0) {
			db_close(&l->db);
			break;
		}
		l->conn = &l->db;
		n_lanes++;
	}
	size_t n_owner_lanes = n_lanes;
	lanes[n_lanes++] = (struct lane){ .conn = s->super, .running = -1, .super = true };

	struct scheduler q;
	scheduler_init(a, &q, stmts, s);
	size_t in_flight = 0, n_done = 0;
	bool failed = false;
	while (n_done < stmts->n && !failed) {
		/* start whatever may start */
		for (size_t k = 0; k < n_lanes; k++) {
			struct lane *l = &lanes[k];
			long i, running[SHADOW_LOAD_JOBS + 1];
			size_t n_running = 0;
			for (size_t m = 0; m < n_lanes; m++)
				if (lanes[m].running >= 0)
					running[n_running++] = lanes[m].running;
			while (l->running < 0 && (i = take(&q, l->super, running, n_running)) >= 0) {
				if (!stmts->v[i].execute) { /* a SET: nothing to run */
					finish(&q, (size_t)i);
					n_done++;
					continue;
				}
				struct strbuf buf = STRBUF_INIT;
				int sent = db_send(l->conn, statement_sql(&buf, q.session, &stmts->v[i]));
				strbuf_release(&buf);
				if (sent < 0) {
					failed = true;
					break;
				}
				l->running = i;
				in_flight++;
			}
		}
		if (failed || in_flight == 0)
			break; /* failed to send, or nothing can start: a cycle names missed */
		struct pollfd fds[SHADOW_LOAD_JOBS + 1];
		for (size_t k = 0; k < n_lanes; k++)
			fds[k] = (struct pollfd){ .fd = lanes[k].running >= 0 ? db_socket(lanes[k].conn) : -1,
						  .events = POLLIN };
		if (poll(fds, n_lanes, -1) < 0 && errno != EINTR)
			die("poll failed while loading the shadow");
		for (size_t k = 0; k < n_lanes; k++) {
			struct lane *l = &lanes[k];
			if (l->running < 0 || !(fds[k].revents & (POLLIN | POLLERR | POLLHUP)))
				continue;
			struct db_failure f;
			int r = db_collect(l->conn, &f);
			if (r == 1)
				continue;
			in_flight--;
			if (r < 0)
				failed = true; /* not believed yet: see the top of the file */
			else
				finish(&q, (size_t)l->running), n_done++;
			l->running = -1;
		}
	}
	/* let whatever still runs finish, so the sessions are free */
	while (in_flight > 0) {
		for (size_t k = 0; k < n_lanes; k++) {
			struct lane *l = &lanes[k];
			if (l->running < 0)
				continue;
			struct pollfd fd = { .fd = db_socket(l->conn), .events = POLLIN };
			poll(&fd, 1, 100);
			struct db_failure f;
			int r = db_collect(l->conn, &f);
			if (r == 1)
				continue;
			if (r == 0)
				q.done[l->running] = true;
			l->running = -1;
			in_flight--;
		}
	}
	for (size_t k = 1; k < n_owner_lanes; k++)
		db_close(&lanes[k].db);
	scheduler_release(&q);
	if (n_done == stmts->n)
		return 0;
	return load_serial(s, stmts, q.done, err);
}
