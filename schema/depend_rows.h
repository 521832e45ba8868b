/*
 * depend_rows.h: pg_depend's rows, kept small until the objects they link
 * exist, and translated to the ends a model holds.
 *
 * pg_depend names some objects by a catalog row that stands for them: a
 * column's default (pg_attrdef) for the column, a view's rewrite rule for
 * the view, a row type for its table, an index for the constraint it is
 * behind, any member of an extension for the extension.  depends.sql
 * returns pg_depend's rows as they are and depend_aliases.sql the rows
 * that stand for others; the translation happens here, because a join and
 * a sort of every pg_depend row cost the server several times the scan
 * itself (0.75-1.1 s against 0.14 s at 10,000 tables).
 *
 * A live read keeps both kinds of row packed as they arrive (16 bytes
 * each, on whichever session fetched them); a replay of cached rows adds
 * them from their cells.
 */
#ifndef SD_DEPEND_ROWS_H
#define SD_DEPEND_ROWS_H

#include "../common/index_hash.h"

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Catalog OIDs of the system catalogs that identify objects in pg_depend;
 * fixed in every PostgreSQL version. */
enum {
	CLASS_PG_TYPE = 1247,
	CLASS_PG_PROC = 1255,
	CLASS_PG_CLASS = 1259,
	CLASS_PG_CONSTRAINT = 2606,
	CLASS_PG_COLLATION = 3456,
	CLASS_PG_NAMESPACE = 2615,
	CLASS_PG_TRIGGER = 2620,
	CLASS_PG_EXTENSION = 3079,
	CLASS_PG_POLICY = 3256,
	CLASS_PG_STATISTIC_EXT = 3381,
};

/* One end of a dependency: a catalog (by its code in depend_rows.classes,
 * from 1), an oid and a sub-id (a column's attnum: at most 1,600). */
struct depend_end {
	uint32_t objid;
	uint8_t class;
	int16_t subid;
};

/* A pg_depend row, or an alias: `from` stands for `to`. */
struct depend_pair {
	struct depend_end from, to;
};

struct depend_rows {
	struct depend_pair *rows, *aliases;
	size_t n_rows, cap_rows, n_aliases, cap_aliases;
	struct index_hash by_from; /* the aliases by what they stand for */
	uint32_t classes[255]; /* catalog oids, in order of first sight */
	unsigned n_classes;
};

/* Row callbacks for catalog_query.row: depends.sql's rows and
 * depend_aliases.sql's, each with six columns (classid, objid, objsubid,
 * and the same of the other end). */
void depend_rows_keep(void *arg, const PGresult *res);
void depend_aliases_keep(void *arg, const PGresult *res);

/* The same from a row's cells (a replayed rowset).  A row that could
 * never name a model's object (a sub-id out of an attnum's range) is
 * dropped; false then. */
bool depend_pair_from_cells(struct depend_rows *d, const char *const *cells,
			    struct depend_pair *out);
void depend_aliases_add(struct depend_rows *d, const char *const *cells);

/* Call once every alias is in, before translating: indexes them. */
void depend_aliases_done(struct depend_rows *d);

/* Each pair of (classid, objid, objsubid) the row stands for after
 * translation goes to each(arg, v) as v[6], in depends.sql's column
 * order: usually one, more when an end has several aliases. */
void depend_translate(const struct depend_rows *d, const struct depend_pair *row,
		      void (*each)(void *arg, const uint32_t v[6]), void *arg);

void depend_rows_free(struct depend_rows *d);

#endif
