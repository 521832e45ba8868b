/*
 * cmd_plan.c: `schemadiff plan`: options in, plan and rollback out.
 */
#include "commands.h"
#include "models.h"
#include "output.h"
#include "../common/arena.h"
#include "../common/strtab.h"
#include "../common/error.h"
#include "../common/phase.h"
#include "../common/util.h"
#include "../diff/plan.h"

#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* title names an SQL script ("plan" or "rollback"); json and markdown
 * carry the rollback (may be NULL) inside */
static int write_file(const char *path, struct arena *a, enum output_format f,
		      const struct plan *p, const struct plan *rollback, const char *title,
		      struct sd_error *err)
{
	FILE *fp = fopen(path, "w");
	if (!fp)
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "cannot write: %s",
				       strerror(errno));
	if (f == FORMAT_SQL)
		output_sql(fp, a, p, title);
	else
		output_plan(fp, a, f, p, rollback);
	if (fclose(fp) != 0)
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "cannot write: %s",
				       strerror(errno));
	return 0;
}

/* The live side of a plan, read on a thread of its own with an arena of
 * its own (arenas are not shared between threads). */
struct live_read {
	struct arena arena;
	const char *url;
	const struct schema_filter *filter;
	bool spread;
	struct model model;
	int major, rc;
	struct sd_error err;
	double secs;
};

static void *read_live(void *arg)
{
	struct live_read *l = arg;
	double t = monotonic_seconds();
	memset(&l->err, 0, sizeof(l->err));
	l->rc = models_live(&l->arena, l->url, l->filter, l->spread, &l->model, &l->major,
			    &l->err);
	l->secs = monotonic_seconds() - t;
	return NULL;
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
	struct model desired;
	struct schema_filter live_filter;
	struct live_read live = { .arena = ARENA_INIT, .url = o.db, .filter = &live_filter };
	int shadow_major = 0;
	double t0 = monotonic_seconds();
	models_filter(&o, &filter);
	if (rc == 0) {
		/* the live catalog is read while the shadow loads: a cold plan
		 * costs about the longer of the two, not their sum.  Beside a
		 * load it keeps to one session: the load needs the CPUs more. */
		bool cached = models_desired_cached(a, &o, &filter);
		live.spread = cached;
		/* with the desired model cached nothing is parsed on threads:
		 * the live read can share the main malloc arena, where an arena
		 * of its own only left freed rows mapped beside the models */
		if (cached)
			mallopt(M_ARENA_MAX, 1);
		/* most strings of the two models are the same: one copy each,
		 * in an arena of the table's own until both reads are done */
		struct arena strings_mem = ARENA_INIT;
		struct strtab strings;
		strtab_init(&strings, &strings_mem);
		strtab_share(&strings);   /* held for the desired side's reads */
		strtab_hold(&strings);    /* and for the live read, which releases it */
		filter.strings = &strings;
		live_filter = filter;
		live_filter.strings_held = true;
		pthread_t reader;
		if (pthread_create(&reader, NULL, read_live, &live) != 0)
			die("cannot start a thread");
		double t_desired = monotonic_seconds();
		int rc_desired = models_desired(a, &o, &filter, &desired, &shadow_major, err);
		t_desired = monotonic_seconds() - t_desired;
		strtab_release(&strings); /* the desired side's */
		pthread_join(reader, NULL);
		strtab_unshare(&strings);
		filter.strings = NULL;
		arena_adopt(a, &strings_mem);
		/* a live database that cannot be read is the error to report */
		if (live.rc < 0)
			*err = live.err;
		rc = live.rc < 0 ? -1 : rc_desired;
		if (o.timings) {
			phase_print(stderr);
			fprintf(stderr, "timing live_read %.4f\ntiming desired %.4f\n", live.secs, t_desired);
		}
	}
	if (rc == 0 && shadow_major && live.major && shadow_major != live.major)
		fprintf(stderr, "schemadiff: warning: the shadow server runs PostgreSQL %d but the "
				"database runs %d; catalog text may differ (use --shadow-db with a "
				"server of version %d)\n", shadow_major, live.major, live.major);
	if (rc == 0 && o.privileges)
		rc = models_check_roles(a, &live.model, &desired, err);
	if (rc == 0) {
		struct plan forward, back;
		double t_diff = monotonic_seconds();
		/* the rollback is a second plan: only built when it is shown */
		bool want_back = o.rollback || format == FORMAT_JSON || format == FORMAT_MARKDOWN;
		plan_build(a, &live.model, &desired, &forward);
		if (!o.no_online)
			plan_online(a, &forward, &live.model);
		if (want_back) {
			plan_build(a, &desired, &live.model, &back);
			if (!o.no_online)
				plan_online(a, &back, &desired);
		}
		if (o.out)
			rc = write_file(o.out, a, format, &forward, want_back ? &back : NULL, "plan",
					err);
		else
			output_plan(stdout, a, format, &forward, want_back ? &back : NULL);
		if (rc == 0 && o.rollback)
			rc = write_file(o.rollback, a, FORMAT_SQL, &back, NULL, "rollback", err);
		if (o.timings)
			fprintf(stderr, "timing diff %.4f\ntiming total %.4f\n", monotonic_seconds() - t_diff,
				monotonic_seconds() - t0);
	}
	arena_free(&live.arena);
	options_release(&o);
	return rc;
}
