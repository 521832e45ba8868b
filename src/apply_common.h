/*
 * apply_common.h: what apply and rollback share: the session that holds
 * the deploy lock, the checks before anything runs, and running steps
 * with their history row.
 */
#ifndef SD_APPLY_COMMON_H
#define SD_APPLY_COMMON_H

#include "apply_exec.h"
#include "options.h"
#include "run_plan.h"
#include "../common/db.h"
#include "../schema/reader.h"

#include <stdbool.h>

struct arena;
struct sd_error;

struct deploy {
	struct db db;           /* holds the deploy lock for the whole run */
	struct schema_filter filter;
	struct model live;      /* read after the lock was taken */
	struct exec_options exec;
	long lock_wait_ms;
};

/* Options checked, session opened, lock taken, stale history rows closed,
 * live catalog read.  d is safe to deploy_end() whatever happens. */
int deploy_start(struct arena *a, const struct options *o, const char *command, struct deploy *d,
		 struct sd_error *err);
void deploy_end(struct deploy *d);

/* Hazards first, then each step, on stdout. */
void show_steps(struct arena *a, const struct run_steps *steps, const char *label,
		const char *verb);
/* Refuse hazards not allowed with --allow-hazard. */
int check_hazards(struct arena *a, const struct options *o, const struct run_steps *steps,
		  struct sd_error *err);
/* Refuse, before anything runs, a transaction larger than the server's
 * lock table can hold. */
int check_lock_table(struct deploy *d, const struct run_steps *steps, struct sd_error *err);
/* Zero difference between two models, or false with err saying what
 * (what: the sentence that leads the message). */
bool models_match(struct arena *a, const struct model *got, const struct model *want,
		  struct sd_error *err, const char *what);
bool prints_match(struct arena *a, const struct object_prints *want, const struct model *got,
		  struct sd_error *err, const char *what);
/* History row, then the steps (apply_exec.h); *id gets the row's id. */
int deploy_run(struct arena *a, struct deploy *d, const char *kind, const struct run_plan *rp,
	       long long undoes, long long *id, struct sd_error *err);

#endif
