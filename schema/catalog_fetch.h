/*
 * catalog_fetch.h: run the catalog queries of one read, over two sessions
 * that share one snapshot when the catalog is large enough to gain.
 *
 * The reader asks for the queries' results in a fixed order.  The
 * database's own session runs each as it is asked for; a second session
 * (when the server allows one) works from the end of the list
 * meanwhile, so the server reads the catalog on two backends while this
 * process turns rows into objects.  Both sessions see the same snapshot
 * (pg_export_snapshot), as pg_dump's parallel workers do, so the model is
 * as consistent as a read on one session.
 */
#ifndef SD_CATALOG_FETCH_H
#define SD_CATALOG_FETCH_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>

#include "../common/db.h"
#include "rowset.h"

struct arena;
struct sd_error;

struct catalog_query {
	const char *name;
	const char *sql;
	/* When set, each row goes to row(arg, res) as it arrives, on
	 * whichever session runs the query, and its rowset stays empty: for
	 * a large result the caller keeps in a smaller form of its own. */
	void (*row)(void *arg, const PGresult *res);
	void *arg;
};

struct catalog_fetch {
	struct arena *mem; /* per query: its rowset, freed once it is read */
	struct db *db;
	struct db helper;
	bool has_helper;
	const struct catalog_query *q;
	size_t n;
	struct rowset **ready; /* rows the helper fetched ahead, per query */
	bool *started;     /* sent on either session */
	long main_running, helper_running; /* query index, or -1 */
	struct building {  /* the rowset each session's query is filling */
		struct arena *a;
		struct rowset *rs;
		const char **cells;
		size_t n_cells, cap_cells;
	} building[2];     /* [0] db's session, [1] the helper */
	size_t back;       /* the helper's next query is the last unstarted before back */
};

/* Open the read: a read-only repeatable-read transaction on db (and, with
 * spread, the helper session when it pays); queries[0..n) are asked for
 * in order. */
int catalog_fetch_begin(struct catalog_fetch *f, struct db *db, bool spread,
			const struct catalog_query *queries, size_t n, struct sd_error *err);
/* The rows of queries[i], as a rowset that lives until it is released. */
int catalog_fetch_get(struct catalog_fetch *f, size_t i, struct rowset **res,
		      struct sd_error *err);
/* Several queries read together, a part at a time, for results the
 * caller can take so and in any order between them: the next part (about
 * max_rows rows: those that came before the reader asked, when the helper
 * started the query ahead) of whichever of queries[want[0..n_want)] has
 * one, on either session (*which says which), and *last set on a query's
 * last.  Release each part before asking for the next, and drop a query
 * from want once its last part came: a session waits while the reader
 * has its part, so no result is held whole.  The reader's own session
 * takes the first wanted query not started, the helper one from the
 * back. */
int catalog_fetch_get_any_part(struct catalog_fetch *f, const size_t *want, size_t n_want,
			       int max_rows, size_t *which, struct rowset **res, bool *last,
			       struct sd_error *err);
/* Done with queries[i]'s rows: freed, or moved into keep (when not NULL)
 * to outlive the read. */
void catalog_fetch_release(struct catalog_fetch *f, size_t i, struct arena *keep);
/* End the read (commit when ok, else roll back), close the helper and
 * free the rows not released. */
void catalog_fetch_end(struct catalog_fetch *f, bool ok);

#endif
