/*
 * output.h: a plan as text for people (human), for psql (sql), for
 * machines (json, output_json.c) or for a pull request (markdown,
 * output_markdown.c).
 */
#ifndef SD_OUTPUT_H
#define SD_OUTPUT_H

#include <stdio.h>

#include <stdbool.h>

struct arena;
struct plan;

enum output_format { FORMAT_HUMAN, FORMAT_SQL, FORMAT_JSON, FORMAT_MARKDOWN };

/* "human", "sql", "json", "markdown"; false for anything else */
bool output_format_parse(const char *name, enum output_format *f);
/* A plan in format f; json and markdown include the rollback (may be NULL). */
void output_plan(FILE *fp, struct arena *a, enum output_format f, const struct plan *p,
		 const struct plan *rollback);

/* title: "plan" or "rollback", named in the script's header */
void output_sql(FILE *fp, struct arena *a, const struct plan *p, const char *title);
void output_human(FILE *fp, struct arena *a, const struct plan *p);
/* rollback may be NULL */
void output_json(FILE *fp, struct arena *a, const struct plan *p, const struct plan *rollback);
void output_markdown(FILE *fp, struct arena *a, const struct plan *p, const struct plan *rollback);

#endif
