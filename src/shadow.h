/*
 * shadow.h: turn desired-state statements into a model by loading them
 * into a scratch database and reading its catalog back.
 *
 * The scratch database lives on the embedded server (embedded_pg.h) or, with
 * --shadow-db URL, is created on that server and dropped afterwards.  On the
 * embedded server the statements run as an unprivileged role that owns the
 * database; only CREATE EXTENSION runs as superuser.  A statement the
 * server rejects is reported at the user's file:line:col.
 */
#ifndef SD_SHADOW_H
#define SD_SHADOW_H

#include "embedded_pg.h"

#include <stdbool.h>
#include "../common/db.h"
#include "../schema/model.h"
#include "../schema/rowset.h"

struct arena;
struct schema_filter;
struct statement_list;

struct shadow {
	bool embedded;
	struct embedded_pg pg;
	const char *server;     /* conninfo of the server's maintenance database */
	struct db admin;
	unsigned loads;         /* databases created so far, for unique names */
	/* set by the caller after shadow_open(): every scratch database gets
	 * them as its own defaults (the live database's, when known) */
	struct literal_settings literals;
};

int shadow_open(struct shadow *sh, const char *shadow_url, struct sd_error *err);
/* Load stmts (already in load order) into a fresh database and read it.
 * With check_render, the model is also rendered back to SQL and loaded into
 * a second database, which proves every statement schemadiff would write
 * for it loads, and records where PostgreSQL prints an object differently
 * once re-created from its own text (alt_definition).  With record, the
 * rows of the catalog reads are kept, for the model cache. */
int shadow_model(struct shadow *sh, struct arena *a, const struct statement_list *stmts,
		 const struct schema_filter *filter, bool check_render, struct model *out,
		 struct catalog_log record[2], struct sd_error *err);
/* The model shadow_model() built, again from the rows it recorded, with no
 * server at all. */
int shadow_model_replay(struct arena *a, const struct statement_list *stmts,
			const struct schema_filter *filter, const struct catalog_log record[2],
			struct model *out, struct sd_error *err);

/* A plan tried before it touches a database: a copy of `current` is built
 * in a scratch database and read back (copy), `forward` runs there and the
 * result is read (after), then `back` runs and the result is read
 * (restored).  The caller compares: copy with current (is the copy
 * faithful), after with the desired state, restored with current. */
struct run_steps;
struct rehearsal {
	const struct model *current, *desired; /* desired may be NULL */
	const struct run_steps *forward, *back;
	struct model copy, after, restored;
	double secs_copy, secs_steps, secs_reads; /* where the time went */
};
int shadow_rehearse(struct shadow *sh, struct arena *a, const struct schema_filter *filter,
		    struct rehearsal *r, struct sd_error *err);
void shadow_close(struct shadow *sh);

#endif
