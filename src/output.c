/*
 * output.c: see output.h.
 *
 * The SQL script is runnable as it is (psql -f): comments carry the
 * fingerprints and the hazards, one statement per step.
 */
#include "output.h"
#include "../diff/plan.h"

#include <inttypes.h>
#include <string.h>

bool output_format_parse(const char *name, enum output_format *f)
{
	static const char *const names[] = { [FORMAT_HUMAN] = "human", [FORMAT_SQL] = "sql",
					     [FORMAT_JSON] = "json", [FORMAT_MARKDOWN] = "markdown" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i])) {
			*f = (enum output_format)i;
			return true;
		}
	return false;
}

void output_plan(FILE *fp, struct arena *a, enum output_format f, const struct plan *p,
		 const struct plan *rollback)
{
	switch (f) {
	case FORMAT_HUMAN:
		output_human(fp, a, p);
		break;
	case FORMAT_SQL:
		output_sql(fp, a, p, "plan");
		break;
	case FORMAT_JSON:
		output_json(fp, a, p, rollback);
		break;
	case FORMAT_MARKDOWN:
		output_markdown(fp, a, p, rollback);
		break;
	}
}

void output_sql(FILE *fp, struct arena *a, const struct plan *p, const char *title)
{
	unsigned all = 0;
	for (size_t i = 0; i < p->n_steps; i++)
		all |= p->steps[i].hazards;
	fprintf(fp, "-- schemadiff %s\n", title);
	fprintf(fp, "-- source fingerprint: %016" PRIx64 "\n", p->source_fingerprint);
	fprintf(fp, "-- target fingerprint: %016" PRIx64 "\n", p->target_fingerprint);
	if (p->n_steps == 0) {
		fprintf(fp, "-- nothing to do: the database matches the desired state\n");
		return;
	}
	fprintf(fp, "-- %zu statement%s; hazards: %s\n", p->n_steps, p->n_steps == 1 ? "" : "s",
		all ? hazard_names(a, all) : "none");
	/* Transactional steps run in explicit transactions, so the script
	 * means the same under psql -1 and in autocommit; a new transaction
	 * starts where a step needs enum values committed, and a step that
	 * cannot run in a transaction runs between two. */
	/* Function bodies may name objects created later in the plan; the
	 * shadow already checked them, so the live server need not. */
	if (p->defines_functions)
		fprintf(fp, "\nSET check_function_bodies = false;\n");
	/* Expressions kept as the user wrote them resolve names the way the
	 * shadow resolved them when it loaded the files: in public, not in a
	 * schema named after the role that runs the plan ("$user"). */
	bool user_text = false;
	for (size_t i = 0; i < p->n_steps; i++)
		user_text = user_text || p->steps[i].user_text;
	if (user_text)
		fprintf(fp, "\nSET search_path = public;\n");
	bool open = false, dirty = false;
	for (size_t i = 0; i < p->n_steps; i++) {
		const struct step *s = &p->steps[i];
		if (open && (!s->transactional || (s->needs_commit && dirty))) {
			fprintf(fp, "\nCOMMIT;\n");
			open = dirty = false;
		}
		if (!open && s->transactional) {
			fprintf(fp, "\nBEGIN;\n");
			open = true;
		}
		fputc('\n', fp);
		if (s->hazards)
			fprintf(fp, "-- hazard: %s\n", hazard_names(a, s->hazards));
		fprintf(fp, "%s\n", s->sql);
		dirty = true;
	}
	if (open)
		fprintf(fp, "\nCOMMIT;\n");
}

void output_human(FILE *fp, struct arena *a, const struct plan *p)
{
	size_t n[3] = { 0 };
	for (size_t i = 0; i < p->n_changes; i++)
		n[p->changes[i].action == ACTION_CREATE ? 0 : p->changes[i].action == ACTION_DROP ? 2 : 1]++;
	if (p->n_changes == 0) {
		fprintf(fp, "No changes: the database matches the desired state.\n");
		return;
	}
	fprintf(fp, "Plan: %zu to create, %zu to change, %zu to drop (%zu statements)\n\n", n[0],
		n[1], n[2], p->n_steps);
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct change_line *c = &p->changes[i];
		fprintf(fp, "%c %s", (char)c->action, c->object);
		/* one line per object: a view or function body does not fit */
		if (c->before && c->after && (strchr(c->before, '\n') || strchr(c->after, '\n')))
			fprintf(fp, ": definition changed");
		else if (c->before && c->after)
			fprintf(fp, ": %s \u2192 %s", c->before[0] ? c->before : "(default)",
				c->after[0] ? c->after : "(default)");
		if (c->note)
			fprintf(fp, " (%s)", c->note);
		if (c->hazards)
			fprintf(fp, "  [%s]", hazard_names(a, c->hazards));
		fputc('\n', fp);
	}
}
