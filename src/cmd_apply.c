/*
 * cmd_apply.c: `schemadiff apply`: take a database to the desired state,
 * safely (DESIGN §6).
 *
 *  1. take the deploy lock (deploy_lock.c), so deploys never interleave;
 *  2. read the live catalog; with --plan, refuse a plan made against a
 *     different state, naming the objects that changed since;
 *  3. refuse hazards not allowed with --allow-hazard;
 *  4. rehearse plan and rollback on a copy of the schema in the shadow;
 *  5. run the steps (apply_exec.c) with the history row (history.c);
 *  6. read the catalog again: it must now match the desired state.
 */
#include "apply_common.h"
#include "commands.h"
#include "models.h"
#include "output.h"
#include "shadow.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/strbuf.h"
#include "../diff/plan.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The plan, computed now from --schema or read from --plan. */
struct apply_plan {
	struct run_plan run;
	bool from_file;
	struct model desired; /* from --schema only */
};

static int plan_now(struct arena *a, const struct options *o, const struct schema_filter *filter,
		    const struct model *live, struct apply_plan *ap, struct sd_error *err)
{
	if (models_desired(a, o, filter, &ap->desired, NULL, err) < 0)
		return -1;
	if (o->privileges && models_check_roles(a, live, &ap->desired, err) < 0)
		return -1;
	struct plan forward, back;
	plan_build(a, live, &ap->desired, &forward);
	plan_build(a, &ap->desired, live, &back);
	if (!o->no_online) {
		plan_online(a, &forward, live);
		plan_online(a, &back, &ap->desired);
	}
	run_plan_from(a, &forward, &back, &ap->run);
	return 0;
}

/* Step 2 with --plan: the plan must start from the live state. */
static int guard(struct arena *a, const struct run_plan *rp, const struct model *live,
		 const char *label, bool *already, struct sd_error *err)
{
	*already = false;
	if (state_matches(a, rp->source_fingerprint, &rp->source, live))
		return 0;
	if (state_matches(a, rp->target_fingerprint, &rp->target, live)) {
		*already = true;
		return 0;
	}
	const char *lines[20];
	size_t n = object_prints_diff(a, &rp->source, live, lines, 20);
	sd_error_set(err, SD_ERR_INPUT,
		     "refusing the plan: %s changed since it was made (%zu object%s differ%s)", label,
		     n, n == 1 ? "" : "s", n == 1 ? "s" : "");
	struct strbuf sb = STRBUF_INIT;
	strbuf_add_list(&sb, lines, n, 20, "\n  ");
	sd_error_detail(err, "%s", sb.buf);
	strbuf_release(&sb);
	sd_error_hint(err, "make a new plan against the database as it is now");
	return -1;
}

/* Step 4: plan and rollback on a copy, each compared with what it must
 * reach. */
static int rehearse(struct arena *a, const struct options *o, struct deploy *d,
		    const struct apply_plan *ap, struct sd_error *err)
{
	const struct schema_filter *filter = &d->filter;
	const struct model *live = &d->live;
	struct shadow sh;
	if (shadow_open(&sh, o->shadow_db, err) < 0)
		return -1;
	/* the steps run there as they will run on the database: a CHECK
	 * written as the files spell it reads its literals the same way */
	struct sd_error ignored;
	db_literal_settings(&d->db, &sh.literals, &ignored);
	struct rehearsal r = { .current = live, .desired = ap->from_file ? NULL : &ap->desired,
			       .forward = &ap->run.forward, .back = &ap->run.back };
	int rc = shadow_rehearse(&sh, a, filter, &r, err);
	shadow_close(&sh);
	if (o->timings)
		fprintf(stderr, "timing rehearsal_copy %.3f\ntiming rehearsal_steps %.3f\n"
				"timing rehearsal_reads %.3f\n", r.secs_copy, r.secs_steps, r.secs_reads);
	if (rc < 0)
		return -1;
	if (!models_match(a, &r.copy, live, err,
			  "the shadow's copy of the database's schema is not faithful, so a "
			  "rehearsal there proves nothing")) {
		sd_error_hint(err, "use --shadow-db with a server like the database's, or --no-verify");
		return -1;
	}
	bool reached = ap->from_file ? prints_match(a, &ap->run.target, &r.after, err,
						     "in rehearsal, the plan does not reach the "
						     "state it was made for")
				     : models_match(a, &r.after, &ap->desired, err,
						    "in rehearsal, the plan does not reach the "
						    "desired state");
	if (!reached) {
		err->kind = SD_ERR_INPUT;
		return -1;
	}
	if (ap->run.has_back &&
	    !models_match(a, &r.restored, live, err,
			  "in rehearsal, the rollback does not bring the schema back")) {
		err->kind = SD_ERR_INPUT; /* the plan is refused */
		return -1;
	}
	return 0;
}

/* Step 6 */
static int verify_after(struct arena *a, const struct options *o,
			const struct schema_filter *filter, const struct apply_plan *ap,
			struct sd_error *err)
{
	struct model now;
	if (models_live(a, o->db, filter, true, &now, NULL, err) < 0)
		return -1;
	bool ok = ap->from_file ? prints_match(a, &ap->run.target, &now, err,
					       "after apply, the database does not match the plan's "
					       "target")
				: models_match(a, &now, &ap->desired, err,
					       "after apply, the database does not match the desired "
					       "state");
	return ok ? 0 : -1;
}

int cmd_apply(int argc, char **argv, struct arena *a, struct sd_error *err)
{
	struct options o;
	struct deploy d;
	int rc = options_parse(CMD_APPLY, argc, argv, &o, err);
	if (rc == 0 && o.help) {
		options_usage(CMD_APPLY, "apply");
		options_release(&o);
		return 0;
	}
	if (rc == 0 && (o.schema.n > 0) == (o.plan != NULL))
		rc = sd_error_set(err, SD_ERR_INPUT,
				  "apply needs either --schema PATH (plan now) or --plan FILE (a plan "
				  "made with plan --format json), not both");
	memset(&d, 0, sizeof(d));
	if (rc == 0)
		rc = deploy_start(a, &o, "apply", &d, err);
	struct apply_plan ap;
	memset(&ap, 0, sizeof(ap));
	bool already = false;
	if (rc == 0 && o.plan) {
		ap.from_file = true;
		rc = plan_file_read(a, o.plan, &ap.run, err);
		if (rc == 0)
			rc = guard(a, &ap.run, &d.live, d.db.label, &already, err);
	} else if (rc == 0) {
		rc = plan_now(a, &o, &d.filter, &d.live, &ap, err);
	}
	if (rc == 0 && (already || ap.run.forward.n == 0)) {
		printf("nothing to do: %s already matches the %s\n", d.db.label,
		       already ? "plan's target" : "desired state");
		deploy_end(&d);
		options_release(&o);
		return 0;
	}
	if (rc == 0) {
		show_steps(a, &ap.run.forward, d.db.label, o.dry_run ? "would run" : "runs");
		rc = check_hazards(a, &o, &ap.run.forward, err);
	}
	if (rc == 0)
		rc = check_lock_table(&d, &ap.run.forward, err);
	if (rc == 0 && !o.no_verify) {
		rc = rehearse(a, &o, &d, &ap, err);
		if (rc == 0)
			printf("rehearsed on a copy in the shadow: the plan reaches the desired state%s\n",
			       ap.run.has_back ? " and the rollback restores the current one" : "");
	}
	if (rc == 0 && o.dry_run) {
		printf("dry run: nothing was changed\n");
	} else if (rc == 0) {
		long long id;
		rc = deploy_run(a, &d, "apply", &ap.run, 0, &id, err);
		if (rc == 0 && verify_after(a, &o, &d.filter, &ap, err) < 0)
			rc = 1;
		if (rc == 0)
			printf("applied: run %lld, %zu step%s; the database matches the desired state\n",
			       id, ap.run.forward.n, ap.run.forward.n == 1 ? "" : "s");
	}
	if (rc == 1)
		sd_error_print(err); /* exit 1: applied, but the result differs */
	deploy_end(&d);
	options_release(&o);
	return rc;
}
