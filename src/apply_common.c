/*
 * apply_common.c: see apply_common.h.
 */
#include "apply_common.h"
#include "deploy_lock.h"
#include "history.h"
#include "models.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/strbuf.h"
#include "../diff/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int duration_option(const char *name, const char *value, const char *fallback, long *ms,
			   struct sd_error *err)
{
	*ms = parse_duration_ms(value ? value : fallback);
	if (*ms < 0)
		return sd_error_set(err, SD_ERR_INPUT,
				    "--%s \"%s\" is not a duration (e.g. 500ms, 5s, 2min)", name, value);
	return 0;
}

/* The hazards --allow-hazard names, as bits; an unknown name is an error. */
static int allowed_hazards(const struct options *o, unsigned *allowed, struct sd_error *err)
{
	*allowed = 0;
	for (size_t i = 0; i < o->allow_hazard.n; i++) {
		const char *name = o->allow_hazard.v[i];
		unsigned bit = hazard_parse(name);
		if (!bit)
			return sd_error_set(err, SD_ERR_INPUT,
					    "unknown hazard \"%s\" (use data-loss, rewrite, long-lock or "
					    "irreversible)", name);
		*allowed |= bit;
	}
	return 0;
}

int deploy_start(struct arena *a, const struct options *o, const char *command, struct deploy *d,
		 struct sd_error *err)
{
	memset(d, 0, sizeof(*d));
	models_filter(o, &d->filter);
	if (!o->db)
		return sd_error_set(err, SD_ERR_INPUT, "%s needs --db URL", command);
	/* every option is checked before the database is touched */
	unsigned allowed;
	if (allowed_hazards(o, &allowed, err) < 0 || db_check_conninfo(o->db, "database", err) < 0)
		return -1;
	if (duration_option("lock-timeout", o->lock_timeout, "5s", &d->exec.lock_timeout_ms, err) < 0 ||
	    duration_option("statement-timeout", o->statement_timeout, "0", &d->exec.statement_timeout_ms,
			    err) < 0 ||
	    duration_option("lock-wait", o->lock_wait, "60s", &d->lock_wait_ms, err) < 0)
		return -1;
	char *end;
	d->exec.retries = o->retries ? (int)strtol(o->retries, &end, 10) : 5;
	if (o->retries && (*end || end == o->retries || d->exec.retries < 0 || d->exec.retries > 100))
		return sd_error_set(err, SD_ERR_INPUT, "--retries \"%s\" must be a number from 0 to 100",
				    o->retries);
	d->exec.progress = o->progress || isatty(STDERR_FILENO);
	d->exec.conninfo = o->db;
	if (db_open(o->db, "database", &d->db, err) < 0 ||
	    deploy_lock(&d->db, d->lock_wait_ms, err) < 0)
		return -1;
	if (!o->dry_run && history_close_stale(&d->db, err) < 0)
		return -1;
	return models_live(a, o->db, &d->filter, true, &d->live, NULL, err);
}

void deploy_end(struct deploy *d)
{
	db_close(&d->db); /* the deploy lock goes with the session */
}

void show_steps(struct arena *a, const struct run_steps *steps, const char *label,
		const char *verb)
{
	unsigned all = run_steps_hazards(steps);
	printf("%s %s %zu step%s; hazards: %s\n", label, verb, steps->n, steps->n == 1 ? "" : "s",
	       all ? hazard_names(a, all) : "none");
	for (size_t i = 0; i < steps->n; i++)
		if (steps->v[i].hazards)
			printf("  hazard %s: step %zu (%s)\n", hazard_names(a, steps->v[i].hazards), i + 1,
			       steps->v[i].object ? steps->v[i].object : "?");
	for (size_t i = 0; i < steps->n; i++) {
		const struct run_step *s = &steps->v[i];
		int len = (int)strcspn(s->sql, "\n");
		printf("  %zu. %s%.*s%s\n", i + 1, s->transactional ? "" : "(alone) ",
		       len > 120 ? 120 : len, s->sql, len > 120 ? " ..." : "");
	}
}

int check_hazards(struct arena *a, const struct options *o, const struct run_steps *steps,
		  struct sd_error *err)
{
	unsigned allowed;
	if (allowed_hazards(o, &allowed, err) < 0)
		return -1;
	unsigned refused = run_steps_hazards(steps) & ~allowed;
	if (!refused)
		return 0;
	const char *names = hazard_names(a, refused);
	sd_error_set(err, SD_ERR_INPUT, "refusing to run a plan with hazards not allowed: %s", names);
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < steps->n; i++)
		if (steps->v[i].hazards & refused)
			strbuf_addf(&sb, "%sstep %zu (%s): %s", sb.len ? "\n  " : "", i + 1,
				    steps->v[i].object ? steps->v[i].object : "?",
				    hazard_names(a, steps->v[i].hazards & refused));
	sd_error_detail(err, "%s", sb.buf);
	strbuf_release(&sb);
	struct strbuf hint = STRBUF_INIT;
	const char *list[HAZARD_KINDS];
	size_t n = hazard_list(refused, list);
	for (size_t i = 0; i < n; i++)
		strbuf_addf(&hint, " --allow-hazard %s", list[i]);
	sd_error_hint(err, "review the steps; to run them anyway add%s", hint.buf);
	strbuf_release(&hint);
	return -1;
}

int check_lock_table(struct deploy *d, const struct run_steps *steps, struct sd_error *err)
{
	PGresult *res;
	if (db_query(&d->db,
		     "SELECT current_setting('max_locks_per_transaction')::bigint * "
		     "(current_setting('max_connections')::bigint + "
		     "current_setting('max_prepared_transactions')::bigint)",
		     &res, err) < 0)
		return -1;
	long long slots = atoll(PQgetvalue(res, 0, 0));
	PQclear(res);
	/* a step locks its table and, often, an index or sequence with it;
	 * the lock table is shared with every other session, so keep half */
	size_t largest = 0, run = 0;
	for (size_t i = 0; i < steps->n; i++) {
		run = steps->v[i].transactional && !steps->v[i].needs_commit ? run + 1
		      : steps->v[i].transactional ? 1 : 0;
		largest = run > largest ? run : largest;
	}
	long long estimate = 2 * (long long)largest;
	if (estimate <= slots / 2)
		return 0;
	sd_error_set(err, SD_ERR_INPUT,
		     "the plan's transaction would hold about %lld locks, more than half of the %lld "
		     "the server's lock table has; nothing was run", estimate, slots);
	sd_error_hint(err, "raise max_locks_per_transaction on the server (it needs a restart), or "
			   "reach the desired state in smaller changes");
	return -1;
}

bool models_match(struct arena *a, const struct model *got, const struct model *want,
		  struct sd_error *err, const char *what)
{
	struct plan p;
	plan_build(a, got, want, &p);
	if (p.n_steps == 0)
		return true;
	sd_error_set(err, SD_ERR_DATABASE, "%s (%zu statement%s apart)", what, p.n_steps,
		     p.n_steps == 1 ? "" : "s");
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < p.n_changes && i < 20; i++)
		strbuf_addf(&sb, "%s%c %s", i ? "\n  " : "", (char)p.changes[i].action,
			    p.changes[i].object);
	for (size_t i = 0; i < p.n_steps && i < 5; i++)
		strbuf_addf(&sb, "\n  missing: %.300s", p.steps[i].sql);
	sd_error_detail(err, "%s", sb.buf);
	strbuf_release(&sb);
	return false;
}

bool prints_match(struct arena *a, const struct object_prints *want, const struct model *got,
		  struct sd_error *err, const char *what)
{
	const char *lines[20];
	size_t n = object_prints_diff(a, want, got, lines, 20);
	if (n == 0)
		return true;
	sd_error_set(err, SD_ERR_DATABASE, "%s (%zu object%s differ)", what, n, n == 1 ? "" : "s");
	struct strbuf sb = STRBUF_INIT;
	strbuf_add_list(&sb, lines, n, 20, "\n  ");
	sd_error_detail(err, "%s", sb.buf);
	strbuf_release(&sb);
	return false;
}

int deploy_run(struct arena *a, struct deploy *d, const char *kind, const struct run_plan *rp,
	       long long undoes, long long *id, struct sd_error *err)
{
	char *back_json = rp->has_back ? run_steps_to_json(&rp->back) : NULL;
	char *source_json = object_prints_to_json(&rp->source);
	char *target_json = object_prints_to_json(&rp->target);
	int rc = history_ensure(&d->db, err);
	if (rc == 0)
		rc = history_begin(&d->db, kind, rp->source_fingerprint, rp->target_fingerprint,
				   rp->forward.n, run_steps_script(a, &rp->forward),
				   rp->has_back ? run_steps_script(a, &rp->back) : NULL, back_json,
				   source_json, target_json, undoes, id, err);
	free(back_json);
	free(source_json);
	free(target_json);
	if (rc < 0)
		return -1;
	return apply_exec(&d->db, &rp->forward, *id, &d->exec, err);
}
