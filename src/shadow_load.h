/*
 * shadow_load.h: load statements into a scratch database (shadow_load.c).
 */
#ifndef SD_SHADOW_LOAD_H
#define SD_SHADOW_LOAD_H

#include <stdbool.h>

struct arena;
struct db;
struct sd_error;
struct statement_list;
struct strbuf;

struct shadow_session {
	struct db *owner;           /* runs the statements */
	struct db *super;           /* runs what only a superuser may (statement.superuser)
				     * on the embedded server */
	const char *owner_conninfo; /* for more sessions like owner... */
	const char *dbname;         /* ...on this database */
	bool embedded;
};

/* sql as the embedded server's superuser session runs it: a function it
 * makes is handed to the loading role afterwards (the text in buf). */
const char *superuser_sql(struct strbuf *buf, const char *sql);

/* Run stmts (in load order) over up to four sessions where their
 * dependencies allow; a statement the server rejects is reported at its
 * file:line:col. */
int shadow_load(struct arena *a, const struct shadow_session *s,
		const struct statement_list *stmts, struct sd_error *err);

#endif
