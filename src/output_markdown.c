/*
 * output_markdown.c: a plan as a pull-request comment (--format markdown).
 *
 * Hazards first, then a table of changes per object kind, then one line
 * per change, and the migration and its rollback in collapsible blocks.
 * Object names are user data: they go in code spans and fences longer than
 * any run of backticks inside them, so no name can break the layout.
 */
#include "output.h"
#include "../diff/plan.h"

#include <stdlib.h>
#include <string.h>

static size_t longest_backtick_run(const char *s)
{
	size_t best = 0, run = 0;
	for (; *s; s++) {
		run = *s == '`' ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best;
}

/* s as inline code; newlines (a view's definition) become spaces */
static void md_code(FILE *fp, const char *s)
{
	size_t n = longest_backtick_run(s) + 1;
	for (size_t i = 0; i < n; i++)
		fputc('`', fp);
	fputc(' ', fp);
	for (; *s; s++)
		fputc(*s == '\n' || *s == '\r' ? ' ' : *s, fp);
	fputc(' ', fp);
	for (size_t i = 0; i < n; i++)
		fputc('`', fp);
}

static void sql_block(FILE *fp, struct arena *a, const struct plan *p, const char *title,
		      const char *summary)
{
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	output_sql(mem, a, p, title);
	fclose(mem);
	size_t fence = longest_backtick_run(text) + 1;
	if (fence < 3)
		fence = 3;
	fprintf(fp, "<details><summary>%s (%zu statement%s)</summary>\n\n", summary, p->n_steps,
		p->n_steps == 1 ? "" : "s");
	for (size_t i = 0; i < fence; i++)
		fputc('`', fp);
	fprintf(fp, "sql\n%s", text);
	for (size_t i = 0; i < fence; i++)
		fputc('`', fp);
	fprintf(fp, "\n\n</details>\n\n");
	free(text);
}

static const char symbol[] = { [ACTION_CREATE] = '+', [ACTION_DROP] = '-', [ACTION_ALTER] = '~' };

void output_markdown(FILE *fp, struct arena *a, const struct plan *p, const struct plan *rollback)
{
	unsigned all = 0;
	for (size_t i = 0; i < p->n_steps; i++)
		all |= p->steps[i].hazards;
	fprintf(fp, "### schemadiff plan\n\n");
	if (p->n_changes == 0) {
		fprintf(fp, "No changes: the database matches the desired state.\n");
		return;
	}
	fprintf(fp, "**Hazards:** %s\n\n", all ? hazard_names(a, all) : "none");
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct change_line *c = &p->changes[i];
		if (!c->hazards)
			continue;
		fprintf(fp, "- :warning: %s ", hazard_names(a, c->hazards));
		md_code(fp, c->object);
		fputc('\n', fp);
	}
	/* per kind, in the kinds' creation order */
	fprintf(fp, "%s| kind | create | change | drop |\n|---|---:|---:|---:|\n", all ? "\n" : "");
	for (int k = 0; k < OBJ_KIND_COUNT; k++) {
		size_t n[3] = { 0 };
		for (size_t i = 0; i < p->n_changes; i++)
			if ((int)p->changes[i].kind == k)
				n[p->changes[i].action == ACTION_CREATE ? 0 : p->changes[i].action == ACTION_DROP ? 2 : 1]++;
		if (n[0] + n[1] + n[2])
			fprintf(fp, "| %s | %zu | %zu | %zu |\n", obj_kind_name((enum obj_kind)k), n[0], n[1], n[2]);
	}
	fprintf(fp, "\n<details><summary>Changes (%zu)</summary>\n\n", p->n_changes);
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct change_line *c = &p->changes[i];
		fprintf(fp, "- %c ", symbol[c->action]);
		md_code(fp, c->object);
		if (c->note)
			fprintf(fp, " (%s)", c->note);
		fputc('\n', fp);
	}
	fprintf(fp, "\n</details>\n\n");
	sql_block(fp, a, p, "plan", "Migration");
	if (rollback)
		sql_block(fp, a, rollback, "rollback", "Rollback");
}
