/*
 * db.h: the libpq connection, the only place that connects to a server.
 *
 * Connection strings are libpq URLs or key=value strings; PG* environment
 * variables and .pgpass work as in psql because libpq reads them.  Secrets
 * never leave this file: errors name the server as host:port/dbname and any
 * text from libpq is scrubbed of the password before it is kept.
 */
#ifndef SD_DB_H
#define SD_DB_H

#include <libpq-fe.h>
#include <stdbool.h>

struct sd_error;

struct db {
	PGconn *conn;
	char label[256]; /* "host:port/dbname" for messages; no secrets */
	int server_version; /* e.g. 150018 */
};

/* What a failed statement reported, for mapping back to a user's file. */
struct db_failure {
	char message[1024];
	char detail[1024];
	char hint[512];
	char sqlstate[6];
	int position; /* 1-based character offset in the statement, 0 if none */
};

/* Connect; on failure fill err (exit code 2 for a malformed string, 3 for
 * a server that cannot be reached or refuses) and return -1.  The session
 * gets search_path = '' so that every name the catalog prints is
 * schema-qualified. */
int db_open(const char *conninfo, const char *role, struct db *db, struct sd_error *err);
/* The same server and credentials as conninfo, another database. */
int db_open_database(const char *conninfo, const char *dbname, const char *role, struct db *db,
		     struct sd_error *err);
/* Another session like from: same server, database, user and password. */
int db_clone(const struct db *from, struct db *db, struct sd_error *err);
void db_close(struct db *db);

/* Run one statement that returns no rows. */
int db_exec(struct db *db, const char *sql, struct sd_error *err);
/* Same, reporting the server's error fields instead of an sd_error. */
int db_exec_report(struct db *db, const char *sql, struct db_failure *f);

/* Asynchronous statements, for loading over several connections at once:
 * db_send() starts one; when db_socket() is readable, db_collect() says 1
 * (still running), 0 (done) or -1 (failed, with f filled). */
int db_send(struct db *db, const char *sql);
int db_socket(const struct db *db);
int db_collect(struct db *db, struct db_failure *f);

/* A query whose rows come one at a time (libpq's single-row mode), so a
 * large result is never held whole: db_send_rows() starts it; when
 * db_socket() is readable, db_collect_rows() hands each row that arrived
 * to row() (a result of one row, or of none with the column names at the
 * end) and says 1 (still running), 0 (done) or -1 (failed). */
int db_send_rows(struct db *db, const char *sql, struct sd_error *err);
int db_collect_rows(struct db *db, void (*row)(void *arg, const PGresult *res), void *arg,
		    struct sd_error *err);

/* Run a query; on success *res holds the result, which the caller must
 * PQclear() at once after copying what it needs. */
int db_query(struct db *db, const char *sql, PGresult **res, struct sd_error *err);

/* A statement with $1..$n bound to values (text; NULL is SQL NULL), so no
 * value is ever spliced into SQL.  res may be NULL when no rows are
 * wanted; otherwise the caller PQclear()s it. */
int db_query_params(struct db *db, const char *sql, int n, const char *const *values,
		    PGresult **res, struct sd_error *err);

/* "user@host:port/dbname" from a connection string, for reports about
 * many databases: only the parts that identify it, never a password; the
 * parts the string leaves out are taken from the environment (PGHOST, ...)
 * as libpq takes them. */
void db_display_name(const char *conninfo, char *out, size_t n);

/* The settings that decide what a literal in a statement means (a
 * timestamptz '2024-01-01', an interval '-1 2:03:04'), as a session on a
 * database starts with them (its own or its role's defaults).  The
 * desired state is loaded with the live database's, so that the files
 * mean what they meant when they were run there. */
struct literal_settings {
	bool known;
	char timezone[128], datestyle[64], intervalstyle[64];
};
int db_literal_settings(struct db *db, struct literal_settings *out, struct sd_error *err);
/* 0 when conninfo parses; else an input error naming role (the password
 * scrubbed), so bad input is refused before any work is done. */
int db_check_conninfo(const char *conninfo, const char *role, struct sd_error *err);

/* Copy msg into out (size n) with every occurrence of the password that
 * conninfo carries replaced by "********". */
void db_scrub(const char *conninfo, const char *msg, char *out, size_t n);

#endif
