/*
 * cmd_plan.c: `schemadiff plan`: options in, plan and rollback out.
 */
#include "commands.h"
#include "models.h"
#include "output.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../diff/plan.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* rollback == NULL means p is itself a rollback, written as its script */
static int write_file(const char *path, struct arena *a, enum output_format f,
		      const struct plan *p, const struct plan *rollback, struct sd_error *err)
{
	FILE *fp = fopen(path, "w");
	if (!fp)
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "cannot write: %s",
				       strerror(errno));
	if (f == FORMAT_SQL && !rollback)
		output_sql(fp, a, p, "rollback");
	else
		output_plan(fp, a, f, p, rollback);
	if (fclose(fp) != 0)
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "cannot write: %s",
				       strerror(errno));
	return 0;
}

int cmd_plan(int argc, char **argv, struct arena *a, struct sd_error *err)
{
	struct options o;
	int rc = options_parse(CMD_PLAN, argc, argv, &o, err);
	if (rc == 0 && o.help) {
		options_usage(CMD_PLAN, "plan");
		options_release(&o);
		return 0;
	}
	if (rc == 0 && !o.db)
		rc = sd_error_set(err, SD_ERR_INPUT, "plan needs --db URL (the live database)");
	if (rc == 0 && o.schema.n == 0)
		rc = sd_error_set(err, SD_ERR_INPUT, "plan needs --schema PATH (the desired state)");
	enum output_format format = o.format ? FORMAT_SQL
				: (!o.out && isatty(STDOUT_FILENO)) ? FORMAT_HUMAN : FORMAT_SQL;
	if (rc == 0 && o.format && !output_format_parse(o.format, &format))
		rc = sd_error_set(err, SD_ERR_INPUT,
				  "unknown format \"%s\" (use sql, human, json or markdown)", o.format);

	struct schema_filter filter;
	struct model current, desired;
	int live_major = 0;
	models_filter(&o, &filter);
	if (rc == 0)
		rc = models_live(a, o.db, &filter, &current, &live_major, err);
	if (rc == 0)
		rc = models_desired(a, &o, &filter, live_major, &desired, err);
	if (rc == 0 && o.privileges)
		rc = models_check_roles(a, &current, &desired, err);
	if (rc == 0) {
		struct plan forward, back;
		plan_build(a, &current, &desired, &forward);
		plan_build(a, &desired, &current, &back);
		if (o.out)
			rc = write_file(o.out, a, format, &forward, &back, err);
		else
			output_plan(stdout, a, format, &forward, &back);
		if (rc == 0 && o.rollback)
			rc = write_file(o.rollback, a, FORMAT_SQL, &back, NULL, err);
	}
	options_release(&o);
	return rc;
}
