/* db.c: see db.h. */
#include "db.h"
#include "error.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The password as written in conninfo (URL userinfo or password=), or in
 * PGPASSWORD; libpq's parser finds it for both syntaxes. */
static char *find_password(const char *conninfo)
{
	char *perr = NULL;
	PQconninfoOption *opts = PQconninfoParse(conninfo, &perr);
	char *pw = NULL;
	if (opts) {
		for (PQconninfoOption *o = opts; o->keyword; o++)
			if (!strcmp(o->keyword, "password") && o->val && o->val[0])
				pw = strdup(o->val);
		PQconninfoFree(opts);
	}
	PQfreemem(perr);
	if (!pw && getenv("PGPASSWORD") && getenv("PGPASSWORD")[0])
		pw = strdup(getenv("PGPASSWORD"));
	return pw;
}

static void replace_all(const char *msg, const char *secret, char *out, size_t n)
{
	size_t o = 0, sl = secret ? strlen(secret) : 0;
	for (const char *p = msg; *p && o + 1 < n;) {
		if (sl && !strncmp(p, secret, sl)) {
			for (const char *r = "********"; *r && o + 1 < n; r++)
				out[o++] = *r;
			p += sl;
		} else {
			out[o++] = *p++;
		}
	}
	out[o] = '\0';
}

void db_scrub(const char *conninfo, const char *msg, char *out, size_t n)
{
	char *pw = find_password(conninfo);
	replace_all(msg, pw, out, n);
	free(pw);
	/* A malformed URL may hide a password libpq could not parse: blank
	 * anything between "://user:" and "@" as well. */
	const char *scheme = strstr(conninfo, "://");
	if (scheme) {
		const char *colon = strchr(scheme + 3, ':');
		const char *at = strchr(scheme + 3, '@');
		if (colon && at && colon < at && at - colon > 1) {
			char secret[256];
			size_t len = (size_t)(at - colon - 1);
			if (len < sizeof(secret)) {
				memcpy(secret, colon + 1, len);
				secret[len] = '\0';
				char *tmp = strdup(out);
				replace_all(tmp, secret, out, n);
				free(tmp);
			}
		}
	}
}

/* The value of keyword in a parsed connection string: NULL when the
 * string leaves it out, "" when it sets it empty (which libpq does not
 * replace from the environment). */
static const char *conninfo_value(const PQconninfoOption *opts, const char *keyword)
{
	for (const PQconninfoOption *o = opts; o && o->keyword; o++)
		if (!strcmp(o->keyword, keyword))
			return o->val;
	return NULL;
}

static const char *nonempty(const char *s)
{
	return s && s[0] ? s : NULL;
}

void db_display_name(const char *conninfo, char *out, size_t n)
{
	char *perr = NULL;
	PQconninfoOption *opts = PQconninfoParse(conninfo, &perr);
	PQfreemem(perr);
	if (!opts) {
		snprintf(out, n, "(invalid connection string)");
		return;
	}
	/* what the string leaves out comes from PGHOST, PGUSER, ... as it does
	 * for the connection, so the name says which database was read */
	PQconninfoOption *defaults = PQconndefaults();
	const char *user = conninfo_value(opts, "user"), *host = conninfo_value(opts, "host"),
		   *port = conninfo_value(opts, "port"), *dbname = conninfo_value(opts, "dbname");
	if (!user)
		user = conninfo_value(defaults, "user");
	if (!host)
		host = conninfo_value(defaults, "host");
	if (!port)
		port = conninfo_value(defaults, "port");
	if (!dbname)
		dbname = conninfo_value(defaults, "dbname");
	if (!dbname)
		dbname = user; /* libpq's own default */
	user = nonempty(user), host = nonempty(host), port = nonempty(port), dbname = nonempty(dbname);
	snprintf(out, n, "%s%s%s%s%s/%s", user ? user : "", user ? "@" : "", host ? host : "",
		 port ? ":" : "", port ? port : "", dbname ? dbname : "");
	PQconninfoFree(opts);
	if (defaults)
		PQconninfoFree(defaults);
}

static void trim_newline(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\n' || s[n - 1] == ' '))
		s[--n] = '\0';
}

static void ignore_notice(void *arg, const char *message)
{
	(void)arg, (void)message;
}

static int session_setup(struct db *db, struct sd_error *err);

int db_open(const char *conninfo, const char *role, struct db *db, struct sd_error *err)
{
	return db_open_database(conninfo, NULL, role, db, err);
}

int db_check_conninfo(const char *conninfo, const char *role, struct sd_error *err)
{
	char *perr = NULL;
	PQconninfoOption *opts = PQconninfoParse(conninfo, &perr);
	if (!opts) {
		char clean[1024];
		db_scrub(conninfo, perr ? perr : "malformed", clean, sizeof(clean));
		trim_newline(clean);
		PQfreemem(perr);
		return sd_error_set(err, SD_ERR_INPUT, "invalid connection string for the %s: %s",
				    role, clean);
	}
	PQconninfoFree(opts);
	return 0;
}

int db_open_database(const char *conninfo, const char *dbname, const char *role, struct db *db,
		     struct sd_error *err)
{
	memset(db, 0, sizeof(*db));
	if (db_check_conninfo(conninfo, role, err) < 0)
		return -1;

	/* with expand_dbname, a later dbname overrides the one in conninfo */
	const char *keys[] = { "dbname", "fallback_application_name", dbname ? "dbname" : NULL, NULL };
	const char *vals[] = { conninfo, "schemadiff", dbname, NULL };
	db->conn = PQconnectdbParams(keys, vals, 1);
	if (PQstatus(db->conn) != CONNECTION_OK) {
		char clean[1024];
		db_scrub(conninfo, PQerrorMessage(db->conn), clean, sizeof(clean));
		trim_newline(clean);
		PQfinish(db->conn);
		db->conn = NULL;
		return sd_error_set(err, SD_ERR_DATABASE, "cannot connect to the %s: %s", role, clean);
	}
	return session_setup(db, err);
}

/* What every new session gets, once connected. */
static int session_setup(struct db *db, struct sd_error *err)
{
	/* NOTICEs from DDL ("table does not exist, skipping"...) are noise */
	PQsetNoticeProcessor(db->conn, ignore_notice, NULL);
	const char *host = PQhost(db->conn);
	snprintf(db->label, sizeof(db->label), "%s:%s/%s",
		 host && host[0] ? host : "localhost", PQport(db->conn), PQdb(db->conn));
	db->server_version = PQserverVersion(db->conn);
	if (db_exec(db, "SELECT pg_catalog.set_config('search_path', '', false)", err) < 0) {
		db_close(db);
		return -1;
	}
	return 0;
}

int db_clone(const struct db *from, struct db *db, struct sd_error *err)
{
	memset(db, 0, sizeof(*db));
	/* the settings the session was opened with, password included, kept
	 * in memory only */
	PQconninfoOption *opts = PQconninfo(from->conn);
	if (!opts)
		return sd_error_set(err, SD_ERR_DATABASE, "%s: out of memory", from->label);
	size_t n = 0;
	for (PQconninfoOption *o = opts; o->keyword; o++)
		n++;
	const char **keys = calloc(n + 1, sizeof(*keys)), **vals = calloc(n + 1, sizeof(*vals));
	const char *password = NULL;
	size_t k = 0;
	for (PQconninfoOption *o = opts; keys && vals && o->keyword; o++)
		if (o->val && o->val[0]) {
			keys[k] = o->keyword, vals[k++] = o->val;
			if (!strcmp(o->keyword, "password"))
				password = o->val;
		}
	db->conn = keys && vals ? PQconnectdbParams(keys, vals, 0) : NULL;
	int rc = 0;
	if (PQstatus(db->conn) != CONNECTION_OK) {
		char clean[1024];
		replace_all(db->conn ? PQerrorMessage(db->conn) : "out of memory", password, clean,
			    sizeof(clean));
		trim_newline(clean);
		rc = sd_error_set(err, SD_ERR_DATABASE, "cannot open another session on %s: %s",
				  from->label, clean);
		PQfinish(db->conn);
		db->conn = NULL;
	}
	free(keys);
	free(vals);
	PQconninfoFree(opts);
	return rc == 0 ? session_setup(db, err) : rc;
}

void db_close(struct db *db)
{
	if (db->conn)
		PQfinish(db->conn);
	db->conn = NULL;
}

static void copy_field(const PGresult *res, int code, char *dst, size_t n)
{
	const char *v = PQresultErrorField(res, code);
	snprintf(dst, n, "%s", v ? v : "");
}

/* f from a failed result (or the connection's message when there is none) */
static void fill_failure(struct db *db, const PGresult *res, struct db_failure *f)
{
	memset(f, 0, sizeof(*f));
	if (res && PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)) {
		copy_field(res, PG_DIAG_MESSAGE_PRIMARY, f->message, sizeof(f->message));
		copy_field(res, PG_DIAG_MESSAGE_DETAIL, f->detail, sizeof(f->detail));
		copy_field(res, PG_DIAG_MESSAGE_HINT, f->hint, sizeof(f->hint));
		copy_field(res, PG_DIAG_SQLSTATE, f->sqlstate, sizeof(f->sqlstate));
		const char *pos = PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION);
		f->position = pos ? atoi(pos) : 0;
	} else {
		snprintf(f->message, sizeof(f->message), "%s", PQerrorMessage(db->conn));
		trim_newline(f->message);
	}
}

int db_exec_report(struct db *db, const char *sql, struct db_failure *f)
{
	PGresult *res = PQexec(db->conn, sql);
	ExecStatusType st = PQresultStatus(res);
	memset(f, 0, sizeof(*f));
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
		PQclear(res);
		return 0;
	}
	fill_failure(db, res, f);
	PQclear(res);
	return -1;
}

int db_send(struct db *db, const char *sql)
{
	return PQsendQuery(db->conn, sql) ? 0 : -1;
}

int db_socket(const struct db *db)
{
	return PQsocket(db->conn);
}

int db_collect(struct db *db, struct db_failure *f)
{
	memset(f, 0, sizeof(*f));
	if (!PQconsumeInput(db->conn)) {
		fill_failure(db, NULL, f);
		return -1;
	}
	if (PQisBusy(db->conn))
		return 1;
	int rc = 0;
	for (PGresult *res; (res = PQgetResult(db->conn)); PQclear(res)) {
		ExecStatusType st = PQresultStatus(res);
		if (rc == 0 && st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
			fill_failure(db, res, f);
			rc = -1;
		}
	}
	return rc;
}

/* "query on <db> failed: <what the server or libpq said>" */
static int query_failed(struct db *db, const char *message, struct sd_error *err)
{
	char msg[1024];
	snprintf(msg, sizeof(msg), "%s", message);
	trim_newline(msg);
	return sd_error_set(err, SD_ERR_DATABASE, "query on %s failed: %s", db->label, msg);
}

int db_send_rows(struct db *db, const char *sql, struct sd_error *err)
{
	if (!PQsendQuery(db->conn, sql))
		return query_failed(db, PQerrorMessage(db->conn), err);
	PQsetSingleRowMode(db->conn); /* cannot fail right after the send */
	return 0;
}

/* The query failed (r is its error, or NULL when the connection broke):
 * wait for the end of it and say why. */
static int rows_failed(struct db *db, PGresult *r, struct sd_error *err)
{
	query_failed(db, r ? PQresultErrorMessage(r) : PQerrorMessage(db->conn), err);
	PQclear(r);
	while ((r = PQgetResult(db->conn)))
		PQclear(r);
	return -1;
}

int db_collect_rows(struct db *db, void (*row)(void *arg, const PGresult *res), void *arg,
		    struct sd_error *err)
{
	bool broken = !PQconsumeInput(db->conn);
	while (broken || !PQisBusy(db->conn)) {
		PGresult *r = PQgetResult(db->conn);
		if (!r)
			return broken ? rows_failed(db, NULL, err) : 0;
		ExecStatusType st = PQresultStatus(r);
		if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK)
			return rows_failed(db, r, err);
		row(arg, r);
		PQclear(r);
	}
	return 1;
}

int db_exec(struct db *db, const char *sql, struct sd_error *err)
{
	struct db_failure f;
	if (db_exec_report(db, sql, &f) == 0)
		return 0;
	sd_error_set(err, SD_ERR_DATABASE, "%s: %s", db->label, f.message);
	if (f.detail[0])
		sd_error_detail(err, "%s", f.detail);
	if (f.hint[0])
		sd_error_hint(err, "%s", f.hint);
	return -1;
}

int db_query(struct db *db, const char *sql, PGresult **res, struct sd_error *err)
{
	*res = PQexec(db->conn, sql);
	if (PQresultStatus(*res) == PGRES_TUPLES_OK)
		return 0;
	PQclear(*res);
	*res = NULL;
	return query_failed(db, PQerrorMessage(db->conn), err);
}

int db_query_params(struct db *db, const char *sql, int n, const char *const *values,
		    PGresult **res, struct sd_error *err)
{
	PGresult *r = PQexecParams(db->conn, sql, n, NULL, values, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(r);
	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
		if (res)
			*res = r;
		else
			PQclear(r);
		return 0;
	}
	struct db_failure f;
	fill_failure(db, r, &f);
	PQclear(r);
	if (res)
		*res = NULL;
	return sd_error_set(err, SD_ERR_DATABASE, "%s: %s", db->label, f.message);
}

int db_literal_settings(struct db *db, struct literal_settings *out, struct sd_error *err)
{
	memset(out, 0, sizeof(*out));
	PGresult *res;
	if (db_query(db, "SELECT pg_catalog.current_setting('TimeZone'), "
			 "pg_catalog.current_setting('DateStyle'), "
			 "pg_catalog.current_setting('IntervalStyle')", &res, err) < 0)
		return -1;
	snprintf(out->timezone, sizeof(out->timezone), "%s", PQgetvalue(res, 0, 0));
	snprintf(out->datestyle, sizeof(out->datestyle), "%s", PQgetvalue(res, 0, 1));
	snprintf(out->intervalstyle, sizeof(out->intervalstyle), "%s", PQgetvalue(res, 0, 2));
	PQclear(res);
	out->known = true;
	return 0;
}
