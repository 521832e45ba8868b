/*
 * cmd_rollback.c: `schemadiff rollback`: run the rollback an apply
 * recorded, newest first.
 *
 * Without --to it undoes the last applied run; with --to ID, every applied
 * run after ID.  A recorded rollback is only run on the state its apply
 * produced: the live fingerprint must equal that run's target
 * fingerprint, otherwise the rollback was made for another schema.
 */
#include "apply_common.h"
#include "commands.h"
#include "history.h"
#include "models.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int undo(struct arena *a, const struct options *o, struct deploy *d,
		const struct history_run *run, struct sd_error *err)
{
	if (!run->rollback_steps || !run->source_objects || !run->target_objects)
		return sd_error_set(err, SD_ERR_INPUT, "run %lld recorded no rollback", run->id);
	struct run_plan rp = { .source_fingerprint = run->target_fingerprint,
			       .target_fingerprint = run->source_fingerprint };
	char name[64];
	snprintf(name, sizeof(name), "rollback of run %lld", run->id);
	if (run_steps_from_json(a, run->rollback_steps, name, &rp.forward, err) < 0 ||
	    object_prints_from_json(a, run->target_objects, name, &rp.source, err) < 0 ||
	    object_prints_from_json(a, run->source_objects, name, &rp.target, err) < 0)
		return -1;
	if (!state_matches(a, rp.source_fingerprint, &rp.source, &d->live)) {
		const char *lines[20];
		size_t n = object_prints_diff(a, &rp.source, &d->live, lines, 20);
		sd_error_set(err, SD_ERR_INPUT,
			     "refusing to roll back run %lld: %s changed since that run (%zu object%s "
			     "differ)", run->id, d->db.label, n, n == 1 ? "" : "s");
		struct strbuf sb = STRBUF_INIT;
		strbuf_add_list(&sb, lines, n, 20, "\n  ");
		sd_error_detail(err, "%s", sb.buf);
		strbuf_release(&sb);
		sd_error_hint(err, "a rollback only runs on the state its apply left");
		return -1;
	}
	show_steps(a, &rp.forward, name, o->dry_run ? "would run" : "runs");
	if (check_hazards(a, o, &rp.forward, err) < 0 ||
	    check_lock_table(d, &rp.forward, err) < 0)
		return -1;
	if (o->dry_run)
		return 0;
	long long id;
	char sid[32];
	snprintf(sid, sizeof(sid), "%lld", run->id);
	if (deploy_run(a, d, "rollback", &rp, run->id, &id, err) < 0)
		return -1;
	const char *values[] = { sid };
	if (db_query_params(&d->db, "UPDATE schemadiff.history SET status = 'rolled back' WHERE id = $1",
			    1, values, NULL, err) < 0)
		return -1;
	if (models_live(a, o->db, &d->filter, true, &d->live, NULL, err) < 0)
		return -1;
	if (!prints_match(a, &rp.target, &d->live, err,
			  arena_printf(a, "after the rollback of run %lld, the database does not "
					  "match the state before that run", run->id)))
		return 1;
	printf("rolled back run %lld (run %lld)\n", run->id, id);
	return 0;
}

int cmd_rollback(int argc, char **argv, struct arena *a, struct sd_error *err)
{
	struct options o;
	struct deploy d;
	memset(&d, 0, sizeof(d));
	int rc = options_parse(CMD_ROLLBACK, argc, argv, &o, err);
	if (rc == 0 && o.help) {
		options_usage(CMD_ROLLBACK, "rollback");
		options_release(&o);
		return 0;
	}
	long long to = -1;
	if (rc == 0 && o.to) {
		char *end;
		to = strtoll(o.to, &end, 10);
		if (*end || end == o.to || to < 0)
			rc = sd_error_set(err, SD_ERR_INPUT, "--to \"%s\" is not a run id", o.to);
	}
	if (rc == 0)
		rc = deploy_start(a, &o, "rollback", &d, err);
	struct history_run *runs = NULL;
	size_t n = 0;
	if (rc == 0)
		rc = history_list(&d.db, a, true, &runs, &n, err);
	if (rc == 0 && to >= 0) {
		bool known = to == 0;
		for (size_t i = 0; i < n; i++)
			known = known || runs[i].id == to;
		if (!known)
			rc = sd_error_set(err, SD_ERR_INPUT, "no run %lld in %s's history", to, d.db.label);
	}
	/* applied runs to undo, newest first */
	size_t undone = 0;
	for (size_t i = n; rc == 0 && i-- > 0;) {
		const struct history_run *r = &runs[i];
		if (strcmp(r->kind, "apply") || strcmp(r->status, "applied"))
			continue;
		if (to >= 0 && r->id <= to)
			break;
		rc = undo(a, &o, &d, r, err);
		undone++;
		if (to < 0)
			break;
	}
	if (rc == 0 && undone == 0)
		printf("nothing to roll back on %s\n", d.db.label);
	if (rc == 1)
		sd_error_print(err);
	deploy_end(&d);
	options_release(&o);
	return rc;
}
