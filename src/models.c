/* models.c: see models.h. */
#include "models.h"
#include "shadow.h"
#include "../common/error.h"
#include "../parser/source.h"
#include "../parser/statement.h"

#include <stdio.h>

void models_filter(const struct options *o, struct schema_filter *f)
{
	f->include = o->include_schema.v;
	f->n_include = o->include_schema.n;
	f->exclude = o->exclude_schema.v;
	f->n_exclude = o->exclude_schema.n;
}

int models_live(struct arena *a, const char *url, const struct schema_filter *f,
		struct model *out, int *server_major, struct sd_error *err)
{
	struct db db;
	if (db_open(url, "database", &db, err) < 0)
		return -1;
	*server_major = db.server_version / 10000;
	int rc = catalog_read(a, &db, f, out, err);
	db_close(&db);
	return rc;
}

int models_desired(struct arena *a, const struct options *o, const struct schema_filter *f,
		   int live_major, struct model *out, struct sd_error *err)
{
	struct source_set src;
	struct statement_list stmts;
	if (source_load(a, o->schema.v, o->schema.n, &src, err) < 0 ||
	    parse_sources(a, &src, &stmts, err) < 0)
		return -1;
	order_statements(a, &stmts);

	struct shadow sh;
	if (shadow_open(&sh, o->shadow_db, err) < 0)
		return -1;
	int shadow_major = sh.admin.server_version / 10000;
	if (live_major && shadow_major != live_major)
		fprintf(stderr, "schemadiff: warning: the shadow server runs PostgreSQL %d but the "
				"database runs %d; catalog text may differ (use --shadow-db with a "
				"server of version %d)\n", shadow_major, live_major, live_major);
	int rc = shadow_model(&sh, a, &stmts, f, out, err);
	shadow_close(&sh);
	return rc;
}
