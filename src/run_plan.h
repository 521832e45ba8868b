/*
 * run_plan.h: a plan as apply and rollback run it.
 *
 * It comes from one of three places: a plan computed now (run_plan_from),
 * a JSON plan file written by `plan --format json` (plan_file.c), or the
 * rollback recorded in schemadiff.history (history.c).  Only what running
 * needs is kept: the statements, how to run them, their hazards, and the
 * fingerprints that guard against running it on the wrong database.
 */
#ifndef SD_RUN_PLAN_H
#define SD_RUN_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;
struct plan;
struct model;
struct sd_error;

struct run_step {
	const char *sql;
	const char *object;     /* "index public.users.users_email_idx", or NULL */
	unsigned hazards;       /* enum hazard bits (diff/plan.h) */
	bool transactional;     /* false: runs alone, after a commit */
	bool needs_commit;      /* uses enum values added before: commit first */
	const char *lock;
};

struct run_steps {
	struct run_step *v;
	size_t n;
};

/* An object and its fingerprint(s), to name what differs between a
 * recorded state and the live database. */
struct object_print {
	const char *object;
	uint64_t fingerprint, alt_fingerprint; /* alt 0: none */
};

struct object_prints {
	struct object_print *v;
	size_t n;
};

struct run_plan {
	uint64_t source_fingerprint, target_fingerprint;
	struct run_steps forward, back;
	bool has_back;
	struct object_prints source, target;
};

void run_plan_from(struct arena *a, const struct plan *forward, const struct plan *back,
		   struct run_plan *out);
void object_prints_of(struct arena *a, const struct model *m, struct object_prints *out);
unsigned run_steps_hazards(const struct run_steps *s);
/* The steps as a psql script with its BEGIN/COMMIT, one comment a step
 * naming its object (what history keeps as plan_sql and rollback_sql). */
char *run_steps_script(struct arena *a, const struct run_steps *steps);

/* What differs between a recorded state and a model: up to max lines such
 * as "changed: table public.users", one per object; returns how many
 * objects differ in all (which may exceed max). */
size_t object_prints_diff(struct arena *a, const struct object_prints *recorded,
			  const struct model *live, const char **lines, size_t max);

/* plan_file.c: read a JSON plan ("-" is stdin); errors name the file, line
 * and column. */
int plan_file_read(struct arena *a, const char *path, struct run_plan *out, struct sd_error *err);
int plan_file_parse(struct arena *a, const char *text, size_t len, const char *name,
		    struct run_plan *out, struct sd_error *err);
/* Steps as the JSON array plan files use, and back (history stores the
 * rollback this way). */
char *run_steps_to_json(const struct run_steps *s); /* malloc'd */
int run_steps_from_json(struct arena *a, const char *text, const char *name,
			struct run_steps *out, struct sd_error *err);
/* Object fingerprints the same way (history keeps both states'). */
char *object_prints_to_json(const struct object_prints *p); /* malloc'd */
int object_prints_from_json(struct arena *a, const char *text, const char *name,
			    struct object_prints *out, struct sd_error *err);
/* live is in the recorded state: the same fingerprint, or no object that
 * differs in either of its spellings. */
bool state_matches(struct arena *a, uint64_t fingerprint, const struct object_prints *prints,
		   const struct model *live);

#endif
