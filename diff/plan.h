/*
 * plan.h: what diff/ produces: the ordered steps from one model to another.
 *
 * plan_build(current, desired) compares the models by identity key, decides
 * per object whether to create, drop, alter or rebuild it (and which
 * dependents must be rebuilt with it), orders everything by dependency, and
 * renders each change as SQL.  The rollback is plan_build(desired, current):
 * the same code with the sides swapped.  No I/O happens here.
 *
 * Output is deterministic: the same two models give byte-identical plans.
 */
#ifndef SD_PLAN_H
#define SD_PLAN_H

#include "../schema/model.h"

#include <stdbool.h>
#include <stdint.h>

enum hazard {
	HAZARD_DATA_LOSS = 1 << 0,    /* drops data: a table, a column, a narrowing cast */
	HAZARD_REWRITE = 1 << 1,      /* rewrites the table under an exclusive lock */
	HAZARD_LONG_LOCK = 1 << 2,    /* blocks writes while it scans or validates */
	HAZARD_IRREVERSIBLE = 1 << 3, /* the rollback cannot bring the data back */
};

#define HAZARD_KINDS 4

/* The names of the hazards set in `hazards`, in the order above, as used
 * in every output format; returns how many. */
size_t hazard_list(unsigned hazards, const char *out[HAZARD_KINDS]);
/* The bit of one hazard name ("long-lock"), 0 for anything else. */
unsigned hazard_parse(const char *name);
/* The same joined: "data-loss,rewrite" */
const char *hazard_names(struct arena *a, unsigned hazards);

struct step {
	const char *sql;        /* one statement, schema-qualified, ending in ';' */
	const struct object *object; /* whose change it is (a table for its columns) */
	unsigned hazards;
	bool transactional;     /* false: must run outside a transaction block */
	bool needs_commit;      /* uses enum values added before: commit them first */
	bool user_text;         /* holds an expression as the user wrote it, whose
				 * unqualified names resolve by search_path */
	const char *lock;       /* the strongest table lock it takes, estimated:
				 * "access exclusive", "share row exclusive",
				 * "share update exclusive", "share" or "none" */
};

enum change_action { ACTION_CREATE = '+', ACTION_DROP = '-', ACTION_ALTER = '~' };

/* One line of the human summary: what happens to one object. */
struct change_line {
	enum change_action action;
	enum obj_kind kind;
	const char *object;     /* "table public.users" */
	const char *before, *after; /* for '~': the definitions, else NULL */
	const char *note;       /* why an unchanged object is touched, or NULL */
	unsigned hazards;
};

struct plan {
	uint64_t source_fingerprint, target_fingerprint;
	/* the models it goes between: JSON plans list their objects'
	 * fingerprints, so apply can name what changed since planning */
	const struct model *source, *target;
	struct step *steps;
	size_t n_steps;
	struct change_line *changes;
	size_t n_changes;
	bool defines_functions; /* run with check_function_bodies off, as pg_dump does */
};

/* "index public.orders.\"Note idx\"": kind and quoted, qualified name, as
 * every output names an object (summary lines, JSON steps, apply's
 * guards); unambiguous whatever the names hold. */
char *object_display_name(struct arena *a, const struct object *o);

/* Never fails on valid models: every difference has a rendering. */
void plan_build(struct arena *a, const struct model *current, const struct model *desired,
		struct plan *out);

/* Rewrite p for a database serving traffic (diff/online.c): on tables that
 * exist in `current` (the model p starts from) and are not partitioned,
 * CREATE INDEX becomes CONCURRENTLY, CHECK and FOREIGN KEY constraints are
 * added NOT VALID and validated later, SET NOT NULL goes through a
 * validated CHECK; the long scans run after the main transaction, as
 * non-transactional steps.  Deterministic, like plan_build(). */
void plan_online(struct arena *a, struct plan *p, const struct model *current);

#endif
