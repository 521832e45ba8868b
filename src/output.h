/*
 * output.h: a plan as text for people (human) or for psql (sql).
 */
#ifndef SD_OUTPUT_H
#define SD_OUTPUT_H

#include <stdio.h>

struct arena;
struct plan;

enum output_format { FORMAT_HUMAN, FORMAT_SQL };

/* title: "plan" or "rollback", named in the script's header */
void output_sql(FILE *fp, struct arena *a, const struct plan *p, const char *title);
void output_human(FILE *fp, struct arena *a, const struct plan *p);

#endif
