/*
 * rowset.h: the result of one catalog query, as plain strings.
 *
 * The reader turns each query's PGresult into a rowset at once, so that a
 * model can be built again later from the same rows without a database:
 * the desired-model cache (src/model_cache.c) stores the rowsets of the
 * shadow's catalog reads and replays them.  Strings live in an arena and
 * end in NUL; a NULL cell is SQL NULL.
 */
#ifndef SD_ROWSET_H
#define SD_ROWSET_H

#include <stddef.h>

struct arena;

struct rowset {
	const char *name;        /* which query ("tables", "columns", ...) */
	int nrows, ncols;
	const char **colnames;   /* ncols */
	const char **cells;      /* nrows * ncols, row-major; NULL while packed */
	const char *packed;      /* where the cells are while packed (below), */
	const char *packed_end;  /* up to here */
};

/* All the rowsets of one catalog read, in the order the reader ran them. */
struct catalog_log {
	struct rowset *v;
	size_t n, cap;
	struct arena *mem; /* where a read recording here keeps the rows;
			    * NULL: in the model's own arena */
	/* A log read back from the cache keeps its rowsets packed, as they
	 * are in the file (the cell pointers of a whole model's rows are as
	 * big as their strings): unpack() sets rs->cells, in a, for as long
	 * as the replay needs them; -1 if they do not hold together. */
	int (*unpack)(const struct catalog_log *log, struct rowset *rs, struct arena *a);
	/* Or hand a packed rowset's rows to row() one at a time, unpacking
	 * none of them whole (cells[c] NULL for SQL NULL); -1 as unpack(). */
	int (*each_row)(const struct catalog_log *log, const struct rowset *rs,
			void (*row)(void *arg, const char *const *cells), void *arg);
	void *packed_in;   /* unpack()'s own: the entry's bytes */
};

#endif
