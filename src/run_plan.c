/*
 * run_plan.c: see run_plan.h (plans computed in this process, and the
 * fingerprint comparison the guards use).
 */
#include "run_plan.h"
#include "../common/arena.h"
#include "../common/strbuf.h"
#include "../diff/plan.h"
#include "../schema/model.h"

#include <stdlib.h>
#include <string.h>

static void steps_from(struct arena *a, const struct plan *p, struct run_steps *out)
{
	out->n = p->n_steps;
	out->v = arena_alloc(a, (p->n_steps + 1) * sizeof(*out->v));
	for (size_t i = 0; i < p->n_steps; i++) {
		const struct step *s = &p->steps[i];
		out->v[i] = (struct run_step){
			.sql = s->sql,
			.object = s->object ? object_display_name(a, s->object) : NULL,
			.hazards = s->hazards,
			.transactional = s->transactional,
			.needs_commit = s->needs_commit,
			.lock = s->lock,
		};
	}
}

void object_prints_of(struct arena *a, const struct model *m, struct object_prints *out)
{
	out->n = m ? m->n : 0;
	out->v = arena_alloc(a, (out->n + 1) * sizeof(*out->v));
	for (size_t i = 0; i < out->n; i++) {
		const struct object *o = m->objects[i];
		out->v[i] = (struct object_print){
			.object = object_display_name(a, o),
			.fingerprint = object_fingerprint(o),
			.alt_fingerprint = object_alt_definition(o)
						   ? definition_fingerprint(object_alt_definition(o))
						   : 0,
		};
	}
}

void run_plan_from(struct arena *a, const struct plan *forward, const struct plan *back,
		   struct run_plan *out)
{
	memset(out, 0, sizeof(*out));
	out->source_fingerprint = forward->source_fingerprint;
	out->target_fingerprint = forward->target_fingerprint;
	steps_from(a, forward, &out->forward);
	if (back) {
		steps_from(a, back, &out->back);
		out->has_back = true;
	}
	object_prints_of(a, forward->source, &out->source);
	object_prints_of(a, forward->target, &out->target);
}

unsigned run_steps_hazards(const struct run_steps *s)
{
	unsigned h = 0;
	for (size_t i = 0; i < s->n; i++)
		h |= s->v[i].hazards;
	return h;
}

static int by_object(const void *x, const void *y)
{
	return strcmp(((const struct object_print *)x)->object,
		      ((const struct object_print *)y)->object);
}

bool state_matches(struct arena *a, uint64_t fingerprint, const struct object_prints *prints,
		   const struct model *live)
{
	return live->fingerprint == fingerprint || object_prints_diff(a, prints, live, NULL, 0) == 0;
}

size_t object_prints_diff(struct arena *a, const struct object_prints *recorded,
			  const struct model *live, const char **lines, size_t max)
{
	struct object_prints now;
	object_prints_of(a, live, &now);
	struct object_print *was = arena_alloc(a, (recorded->n + 1) * sizeof(*was));
	memcpy(was, recorded->v, recorded->n * sizeof(*was));
	qsort(was, recorded->n, sizeof(*was), by_object);
	qsort(now.v, now.n, sizeof(*now.v), by_object);
	/* a merge of the two sorted lists */
	size_t i = 0, j = 0, n = 0;
	while (i < recorded->n || j < now.n) {
		int c = i == recorded->n ? 1 : j == now.n ? -1 : strcmp(was[i].object, now.v[j].object);
		const char *line = NULL;
		if (c < 0) {
			line = arena_printf(a, "dropped: %s", was[i++].object);
		} else if (c > 0) {
			line = arena_printf(a, "added: %s", now.v[j++].object);
		} else {
			uint64_t f = now.v[j].fingerprint;
			if (f != was[i].fingerprint && f != was[i].alt_fingerprint &&
			    (!now.v[j].alt_fingerprint || now.v[j].alt_fingerprint != was[i].fingerprint))
				line = arena_printf(a, "changed: %s", was[i].object);
			i++, j++;
		}
		if (line) {
			if (lines && n < max)
				lines[n] = line;
			n++;
		}
	}
	return n;
}

char *run_steps_script(struct arena *a, const struct run_steps *steps)
{
	struct strbuf sb = STRBUF_INIT;
	bool open = false;
	for (size_t i = 0; i < steps->n; i++) {
		const struct run_step *s = &steps->v[i];
		if (open && (!s->transactional || s->needs_commit)) {
			strbuf_adds(&sb, "COMMIT;\n");
			open = false;
		}
		if (!open && s->transactional) {
			strbuf_adds(&sb, "BEGIN;\n");
			open = true;
		}
		if (s->object)
			strbuf_addf(&sb, "-- %zu/%zu %s%s\n", i + 1, steps->n, s->object,
				    s->transactional ? "" : " (runs alone)");
		strbuf_addf(&sb, "%s\n", s->sql);
	}
	if (open)
		strbuf_adds(&sb, "COMMIT;\n");
	char *out = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return out;
}
