/*
 * cmd_diff.c: `schemadiff diff FROM TO`: the plan between any two sources.
 *
 * Each side is a database (a libpq URL, or a key=value string) or desired-
 * state SQL (a file or directory), so a reviewer can compare the main
 * branch's schema directory with a pull request's without any database
 * but the shadow.  SQL sides go through the shadow and the model cache,
 * exactly as plan's --schema does.
 */
#include "commands.h"
#include "models.h"
#include "output.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../diff/plan.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* A libpq connection string, as opposed to a path: an existing file or
 * directory is a path; otherwise a URL or keyword=value is a database. */
static bool is_database(const char *side)
{
	if (access(side, F_OK) == 0)
		return false;
	return !strncmp(side, "postgresql://", 13) || !strncmp(side, "postgres://", 11) ||
	       strchr(side, '=');
}

/* other: the other side, whose TimeZone and DateStyle an SQL side is
 * read with when it is a database (as plan reads --schema with --db's) */
static int side_model(struct arena *a, const struct options *o, const char *side,
		      const char *other, const struct schema_filter *f, struct model *out,
		      struct sd_error *err)
{
	int major;
	if (is_database(side))
		return models_live(a, side, f, true, out, &major, err);
	struct options one = *o;
	one.schema.v = &side;
	one.schema.n = 1;
	one.db = is_database(other) ? other : NULL;
	return models_desired(a, &one, f, out, NULL, err);
}

int cmd_diff(int argc, char **argv, struct arena *a, struct sd_error *err)
{
	/* the two sides come first; options follow */
	const char *from = argc > 0 && strncmp(argv[0], "--", 2) ? argv[0] : NULL;
	const char *to = from && argc > 1 && strncmp(argv[1], "--", 2) ? argv[1] : NULL;
	int skip = !!from + !!to;
	struct options o;
	int rc = options_parse(CMD_DIFF, argc - skip, argv + skip, &o, err);
	if (rc == 0 && o.help) {
		printf("usage: schemadiff diff FROM TO [options]\n\n"
		       "FROM and TO are each a database (postgresql://... or key=value) or a .sql\n"
		       "file or directory.\n\n");
		options_usage(CMD_DIFF, NULL);
		options_release(&o);
		return 0;
	}
	if (rc == 0 && (!from || !to))
		rc = sd_error_set(err, SD_ERR_INPUT, "diff needs two sides: schemadiff diff FROM TO");
	enum output_format format = isatty(STDOUT_FILENO) ? FORMAT_HUMAN : FORMAT_SQL;
	if (rc == 0 && o.format && !output_format_parse(o.format, &format))
		rc = sd_error_set(err, SD_ERR_INPUT,
				  "unknown format \"%s\" (use sql, human, json or markdown)", o.format);

	struct schema_filter filter;
	struct model m_from, m_to;
	models_filter(&o, &filter);
	if (rc == 0)
		rc = side_model(a, &o, from, to, &filter, &m_from, err);
	if (rc == 0)
		rc = side_model(a, &o, to, from, &filter, &m_to, err);
	if (rc == 0) {
		struct plan forward, back;
		plan_build(a, &m_from, &m_to, &forward);
		plan_build(a, &m_to, &m_from, &back);
		if (!o.no_online) {
			plan_online(a, &forward, &m_from);
			plan_online(a, &back, &m_to);
		}
		output_plan(stdout, a, format, &forward, &back);
	}
	options_release(&o);
	return rc;
}
