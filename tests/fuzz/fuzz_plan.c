/*
 * fuzz_plan.c: libFuzzer harness for the JSON plan reader.
 *
 * Plan files arrive from CI artifacts and pull requests.  Any bytes must
 * give either a plan or an error, never a crash; and a plan that parsed
 * must survive the trip through the history's JSON form unchanged.
 */
#include "../../common/arena.h"
#include "../../common/error.h"
#include "../../src/run_plan.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_steps(const struct run_steps *x, const struct run_steps *y)
{
	if (x->n != y->n)
		abort();
	for (size_t i = 0; i < x->n; i++) {
		const struct run_step *s = &x->v[i], *t = &y->v[i];
		if (strcmp(s->sql, t->sql) || s->hazards != t->hazards ||
		    s->transactional != t->transactional || s->needs_commit != t->needs_commit ||
		    (s->object == NULL) != (t->object == NULL) || (s->object && strcmp(s->object, t->object)))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = ARENA_INIT;
	struct sd_error err;
	struct run_plan p;
	memset(&err, 0, sizeof(err));
	if (plan_file_parse(&a, (const char *)data, size, "fuzz.json", &p, &err) == 0) {
		char *json = run_steps_to_json(&p.forward);
		struct run_steps again;
		if (!json || run_steps_from_json(&a, json, "again", &again, &err) < 0)
			abort();
		same_steps(&p.forward, &again);
		free(json);
	} else if (!err.message[0]) {
		abort(); /* a refusal always says why */
	}
	arena_free(&a);
	return 0;
}
