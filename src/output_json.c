/*
 * output_json.c: a plan as JSON for machines (--format json).
 *
 * The shape is versioned ("format_version"); docs/plan.schema.json is its
 * JSON Schema and README.md shows an example.  Hazards come first, as in
 * every format.  Fields are only ever added within a format version.
 */
#include "output.h"
#include "../common/arena.h"
#include "../common/json.h"
#include "../schema/model.h"
#include "../diff/plan.h"

#include <inttypes.h>
#include <string.h>

static void hazards_array(FILE *fp, unsigned hazards)
{
	const char *list[HAZARD_KINDS];
	size_t n = hazard_list(hazards, list);
	fputc('[', fp);
	for (size_t i = 0; i < n; i++)
		fprintf(fp, "%s\"%s\"", i ? ", " : "", list[i]);
	fputc(']', fp);
}

static const char *action_name(enum change_action a)
{
	return a == ACTION_CREATE ? "create" : a == ACTION_DROP ? "drop" : "change";
}

static void steps_array(FILE *fp, struct arena *a, const struct plan *p, const char *indent)
{
	fputc('[', fp);
	for (size_t i = 0; i < p->n_steps; i++) {
		const struct step *s = &p->steps[i];
		fprintf(fp, "%s\n%s  {\"sql\": ", i ? "," : "", indent);
		json_write_string(fp, s->sql);
		fprintf(fp, ", \"object_kind\": ");
		json_write_string(fp, s->object ? obj_kind_name(s->object->kind) : NULL);
		fprintf(fp, ", \"object\": ");
		json_write_string(fp, s->object ? object_display_name(a, s->object) : NULL);
		fprintf(fp, ", \"transactional\": %s, \"new_transaction\": %s, \"lock\": ",
			s->transactional ? "true" : "false", s->needs_commit ? "true" : "false");
		json_write_string(fp, s->lock);
		fprintf(fp, ", \"hazards\": ");
		hazards_array(fp, s->hazards);
		fputc('}', fp);
	}
	if (p->n_steps)
		fprintf(fp, "\n%s", indent);
	fputc(']', fp);
}

static unsigned all_hazards(const struct plan *p)
{
	unsigned h = 0;
	for (size_t i = 0; i < p->n_steps; i++)
		h |= p->steps[i].hazards;
	return h;
}

/* Every object of a model with its fingerprint, and the fingerprint of
 * its other spelling where PostgreSQL prints it two ways: apply compares
 * them with the live database to name what changed since planning. */
static void objects_array(FILE *fp, struct arena *a, const struct model *m)
{
	fputc('[', fp);
	for (size_t i = 0; m && i < m->n; i++) {
		const struct object *o = m->objects[i];
		fprintf(fp, "%s\n    {\"object\": ", i ? "," : "");
		json_write_string(fp, object_display_name(a, o));
		fprintf(fp, ", \"fingerprint\": \"%016" PRIx64 "\"", object_fingerprint(o));
		if (object_alt_definition(o))
			fprintf(fp, ", \"alt_fingerprint\": \"%016" PRIx64 "\"",
				definition_fingerprint(object_alt_definition(o)));
		fputc('}', fp);
	}
	fprintf(fp, "%s]", m && m->n ? "\n  " : "");
}

void output_json(FILE *fp, struct arena *a, const struct plan *p, const struct plan *rollback)
{
	size_t n[3] = { 0 };
	for (size_t i = 0; i < p->n_changes; i++)
		n[p->changes[i].action == ACTION_CREATE ? 0 : p->changes[i].action == ACTION_DROP ? 2 : 1]++;
	fprintf(fp, "{\n  \"format\": \"schemadiff.plan\",\n  \"format_version\": 1,\n");
	fprintf(fp, "  \"source_fingerprint\": \"%016" PRIx64 "\",\n", p->source_fingerprint);
	fprintf(fp, "  \"target_fingerprint\": \"%016" PRIx64 "\",\n", p->target_fingerprint);
	fprintf(fp, "  \"hazards\": ");
	hazards_array(fp, all_hazards(p));
	fprintf(fp, ",\n  \"summary\": {\"create\": %zu, \"change\": %zu, \"drop\": %zu, "
		    "\"statements\": %zu},\n", n[0], n[1], n[2], p->n_steps);
	/* changes with hazards first, then the rest, each in plan order */
	fprintf(fp, "  \"changes\": [");
	size_t k = 0;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < p->n_changes; i++) {
			const struct change_line *c = &p->changes[i];
			if ((pass == 0) != (c->hazards != 0))
				continue;
			fprintf(fp, "%s\n    {\"action\": \"%s\", \"kind\": ", k++ ? "," : "",
				action_name(c->action));
			json_write_string(fp, obj_kind_name(c->kind));
			fprintf(fp, ", \"object\": ");
			json_write_string(fp, c->object);
			fprintf(fp, ", \"hazards\": ");
			hazards_array(fp, c->hazards);
			fprintf(fp, ", \"before\": ");
			json_write_string(fp, c->before);
			fprintf(fp, ", \"after\": ");
			json_write_string(fp, c->after);
			fprintf(fp, ", \"note\": ");
			json_write_string(fp, c->note);
			fputc('}', fp);
		}
	fprintf(fp, "%s],\n  \"steps\": ", k ? "\n  " : "");
	steps_array(fp, a, p, "  ");
	fprintf(fp, ",\n  \"rollback\": ");
	if (rollback) {
		fprintf(fp, "{\"hazards\": ");
		hazards_array(fp, all_hazards(rollback));
		fprintf(fp, ", \"steps\": ");
		steps_array(fp, a, rollback, "  ");
		fputc('}', fp);
	} else {
		fputs("null", fp);
	}
	fprintf(fp, ",\n  \"source_objects\": ");
	objects_array(fp, a, p->source);
	fprintf(fp, ",\n  \"target_objects\": ");
	objects_array(fp, a, p->target);
	fprintf(fp, "\n}\n");
}
