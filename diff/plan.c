/*
 * plan.c: compare, order, render: the whole of plan_build().
 */
#include "changes.h"
#include "../common/arena.h"
#include "../common/strbuf.h"
#include "../common/util.h"

#include <stdlib.h>
#include <string.h>

size_t hazard_list(unsigned hazards, const char *out[HAZARD_KINDS])
{
	static const struct {
		unsigned bit;
		const char *name;
	} names[HAZARD_KINDS] = {
		{ HAZARD_DATA_LOSS, "data-loss" },
		{ HAZARD_REWRITE, "rewrite" },
		{ HAZARD_LONG_LOCK, "long-lock" },
		{ HAZARD_IRREVERSIBLE, "irreversible" },
	};
	size_t n = 0;
	for (size_t i = 0; i < HAZARD_KINDS; i++)
		if (hazards & names[i].bit)
			out[n++] = names[i].name;
	return n;
}

unsigned hazard_parse(const char *name)
{
	for (unsigned b = 0; b < HAZARD_KINDS; b++) {
		const char *one[HAZARD_KINDS];
		if (hazard_list(1u << b, one) == 1 && !strcmp(one[0], name))
			return 1u << b;
	}
	return 0;
}

const char *hazard_names(struct arena *a, unsigned hazards)
{
	const char *list[HAZARD_KINDS];
	size_t n = hazard_list(hazards, list);
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		strbuf_addf(&sb, "%s%s", i ? "," : "", list[i]);
	char *s = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return s;
}

void plan_build(struct arena *a, const struct model *current, const struct model *desired,
		struct plan *out)
{
	struct changeset cs;
	memset(out, 0, sizeof(*out));
	out->source_fingerprint = current->fingerprint;
	out->target_fingerprint = desired->fingerprint;
	out->source = current;
	out->target = desired;

	changes_compare(a, current, desired, &cs);
	size_t n_nodes;
	struct node **order = changes_order(a, &cs, &n_nodes);

	struct step_list steps = { 0 };
	/* a summary line per node at most, and one per covered sequence; most
	 * changes of a large model are no change and get none */
	size_t max_lines = n_nodes;
	for (size_t i = 0; i < cs.n; i++) {
		const struct object *o = cs.v[i].from ? cs.v[i].from : cs.v[i].to;
		max_lines += (cs.v[i].drop_cover || cs.v[i].create_cover) && o->kind == OBJ_SEQUENCE;
	}
	out->changes = arena_alloc(a, (max_lines + 1) * sizeof(*out->changes));
	/* a change's hazards are those of all its statements (scratch arrays,
	 * one entry per change: on the heap, not kept with the plan) */
	unsigned *hazards = calloc(cs.n + 1, sizeof(*hazards));
	size_t *line_of = calloc(cs.n + 1, sizeof(*line_of));
	if (!hazards || !line_of)
		die("out of memory");
	for (size_t i = 0; i < n_nodes; i++) {
		size_t before = steps.n, c = (size_t)(order[i]->ch - cs.v);
		render_node(a, &cs, order[i], &steps);
		if (order[i]->obj->kind == OBJ_FUNCTION && order[i]->phase != PHASE_DROP)
			out->defines_functions = true;
		if (order[i]->needs_commit && steps.n > before)
			steps.v[before].needs_commit = true;
		for (size_t s = before; s < steps.n; s++) {
			hazards[c] |= steps.v[s].hazards;
			steps.v[s].object = order[i]->obj;
		}
		/* one summary line per change, where it first appears */
		const struct change *ch = order[i]->ch;
		bool first = ch->kind != CHANGE_REBUILD || order[i]->phase == PHASE_DROP;
		struct change_line line;
		if (first && describe_change(a, ch, &line)) {
			line_of[c] = out->n_changes + 1;
			out->changes[out->n_changes++] = line;
		}
	}
	for (size_t c = 0; c < cs.n; c++)
		if (line_of[c])
			out->changes[line_of[c] - 1].hazards = hazards[c];
	free(hazards);
	free(line_of);
	/* Covered changes have no node of their own.  A table's columns and
	 * constraints are implied by its line; a sequence that goes with its
	 * table is not, so it is listed. */
	for (size_t i = 0; i < cs.n; i++) {
		const struct change *ch = &cs.v[i];
		const struct object *o = ch->from ? ch->from : ch->to;
		struct change_line line;
		if ((ch->drop_cover || ch->create_cover) && o->kind == OBJ_SEQUENCE &&
		    describe_change(a, ch, &line))
			out->changes[out->n_changes++] = line;
	}
	out->steps = steps.v;
	out->n_steps = steps.n;
	changes_release(&cs);
}
