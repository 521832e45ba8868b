/*
 * reader.h: build a model from a database's catalog.
 *
 * One bulk query per object kind (the files in schema/sql, compiled in), each run
 * once and copied into the arena, then one query for pg_depend that turns
 * into the objects' deps.  The cost is a fixed number of round trips
 * whatever the size of the schema.
 */
#ifndef SD_READER_H
#define SD_READER_H

#include "model.h"
#include "rowset.h"

struct db;
struct sd_error;

struct strtab;

/* Which schemas a model holds: a schema is kept when it matches some
 * include pattern (or there are none) and no exclude pattern.  Patterns
 * are shell globs (fnmatch), e.g. "auth" or "tenant_*". */
struct schema_filter {
	const char **include;
	size_t n_include;
	const char **exclude;
	size_t n_exclude;
	bool privileges;   /* read GRANTs too, and the server's role names */
	/* without privileges: read the GRANTs into model.carried all the same
	 * (a live database, whose rebuilt objects must keep them) */
	bool carry_privileges;
	/* A string table shared with a read running beside this one
	 * (strtab_share), so both models hold one copy of each string; NULL:
	 * each read interns into a table of its own.  A read holds the table
	 * while it interns; with strings_held the caller took that hold for
	 * it before starting it (so the table cannot go before the read has
	 * begun), and the read only releases it. */
	struct strtab *strings;
	bool strings_held;
};

bool schema_filter_keeps(const struct schema_filter *f, const char *schema);

/* Read a database's catalog into a model; with record, also append every
 * query's rows to it, so catalog_replay() can build the same model again.
 * spread: a large catalog may be read over a second session too
 * (catalog_fetch.h); false when the read runs beside other heavy work on
 * the same machine, where a second backend only takes CPU from it. */
int catalog_read(struct arena *a, struct db *db, const struct schema_filter *filter, bool spread,
		 struct model *out, struct catalog_log *record, struct sd_error *err);
/* What the database has that no model holds (rules, statistics objects,
 * column storage settings, a partition's own defaults, ...: see
 * schema/sql/unmanaged.sql), one description per thing, sorted, in *out
 * (arena-allocated); -1 when the query fails. */
int catalog_unmanaged(struct arena *a, struct db *db, const char ***out, size_t *n,
		      struct sd_error *err);
/* The model catalog_read() built from the rows it recorded (same filter). */
int catalog_replay(struct arena *a, const struct catalog_log *log,
		   const struct schema_filter *filter, struct model *out, struct sd_error *err);

#endif
