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

struct shadow_session {
	struct db *owner;           /* runs the statements */
	struct db *super;           /* runs CREATE EXTENSION on the embedded server */
	const char *owner_conninfo; /* for more sessions like owner... */
	const char *dbname;         /* ...on this database */
	bool embedded;
};

/* Run stmts (in load order) over up to four sessions where their
 * dependencies allow; a statement the server rejects is reported at its
 * file:line:col. */
int shadow_load(struct arena *a, const struct shadow_session *s,
		const struct statement_list *stmts, struct sd_error *err);

#endif
