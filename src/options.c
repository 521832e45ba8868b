/* options.c: see options.h. */
#include "options.h"
#include "../common/error.h"
#include "../common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum opt_type { OPT_STRING, OPT_LIST, OPT_FLAG };

struct option_spec {
	const char *name;
	enum opt_type type;
	size_t offset;
	unsigned commands;
	const char *arg, *help;
};

#define OFF(f) offsetof(struct options, f)

/* sorted by name */
static const struct option_spec specs[] = {
	{ "check-render", OPT_FLAG, OFF(check_render), CMD_PLAN | CMD_DIFF | CMD_DRIFT, NULL,
	  "also load the desired state as schemadiff renders it (slower; a self-check)" },
	{ "db", OPT_STRING, OFF(db), CMD_PLAN | CMD_DUMP, "URL",
	  "the live database (libpq URL or key=value; PG* variables apply)" },
	{ "db", OPT_LIST, OFF(dbs), CMD_DRIFT, "URL", "a database to check (repeatable)" },
	{ "db-file", OPT_STRING, OFF(db_file), CMD_DRIFT, "FILE",
	  "databases to check, one URL a line (# comments)" },
	{ "exclude-schema", OPT_LIST, OFF(exclude_schema), CMD_PLAN | CMD_DUMP | CMD_DRIFT | CMD_DIFF, "PATTERN",
	  "leave schemas matching PATTERN alone (repeatable)" },
	{ "format", OPT_STRING, OFF(format), CMD_PLAN | CMD_DIFF, "sql|human|json|markdown",
	  "output format (default: human on a terminal, else sql)" },
	{ "format", OPT_STRING, OFF(format), CMD_DRIFT, "human|json", "output format (default: human)" },
	{ "help", OPT_FLAG, OFF(help), CMD_PLAN | CMD_DUMP | CMD_DRIFT | CMD_DIFF, NULL, "show this help" },
	{ "include-schema", OPT_LIST, OFF(include_schema), CMD_PLAN | CMD_DUMP | CMD_DRIFT | CMD_DIFF, "PATTERN",
	  "manage only schemas matching PATTERN (repeatable)" },
	{ "jobs", OPT_STRING, OFF(jobs), CMD_DRIFT, "N", "databases read at a time (default 4)" },
	{ "no-cache", OPT_FLAG, OFF(no_cache), CMD_PLAN | CMD_DRIFT | CMD_DIFF, NULL,
	  "load the desired state into the shadow even if a cached model matches" },
	{ "out", OPT_STRING, OFF(out), CMD_PLAN | CMD_DUMP, "FILE",
	  "write the plan (or the dump) to FILE" },
	{ "privileges", OPT_FLAG, OFF(privileges), CMD_PLAN | CMD_DUMP | CMD_DRIFT | CMD_DIFF, NULL,
	  "manage GRANTs too (the roles they name must exist)" },
	{ "quiet", OPT_FLAG, OFF(quiet), CMD_DRIFT, NULL, "print nothing when nothing drifted" },
	{ "rollback", OPT_STRING, OFF(rollback), CMD_PLAN, "FILE",
	  "write the rollback script to FILE" },
	{ "schema", OPT_LIST, OFF(schema), CMD_PLAN | CMD_DRIFT, "PATH",
	  "desired-state .sql file or directory (repeatable)" },
	{ "shadow-db", OPT_STRING, OFF(shadow_db), CMD_PLAN | CMD_DRIFT | CMD_DIFF, "URL",
	  "server for the scratch database instead of the embedded PostgreSQL" },
	{ "split", OPT_STRING, OFF(split), CMD_DUMP, "DIR",
	  "write one file per object under DIR (new or empty)" },
	{ "timings", OPT_FLAG, OFF(timings), CMD_PLAN, NULL,
	  "print how long each phase took on stderr (\"timing NAME SECONDS\")" },
	{ "verbose", OPT_FLAG, OFF(verbose), CMD_PLAN | CMD_DRIFT | CMD_DIFF, NULL,
	  "say on stderr how the desired state was obtained (shadow or cache)" },
};

static void list_push(struct str_list *l, const char *s)
{
	l->v = xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
	l->v[l->n++] = s;
}

int options_parse(enum command cmd, int argc, char **argv, struct options *o,
		  struct sd_error *err)
{
	memset(o, 0, sizeof(*o));
	for (int i = 0; i < argc; i++) {
		const char *arg = argv[i];
		if (strncmp(arg, "--", 2) != 0)
			return sd_error_set(err, SD_ERR_INPUT, "unexpected argument \"%s\"", arg);
		const char *name = arg + 2, *eq = strchr(name, '=');
		size_t len = eq ? (size_t)(eq - name) : strlen(name);
		const struct option_spec *s = NULL;
		for (size_t k = 0; k < ARRAY_SIZE(specs) && !s; k++)
			if ((specs[k].commands & cmd) && strlen(specs[k].name) == len &&
			    !strncmp(specs[k].name, name, len))
				s = &specs[k];
		if (!s)
			return sd_error_set(err, SD_ERR_INPUT, "unknown option \"--%.*s\"", (int)len, name);
		char *field = (char *)o + s->offset;
		if (s->type == OPT_FLAG) {
			if (eq)
				return sd_error_set(err, SD_ERR_INPUT, "option \"--%s\" takes no value",
						    s->name);
			*(bool *)field = true;
			continue;
		}
		const char *value = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
		if (!value)
			return sd_error_set(err, SD_ERR_INPUT, "option \"--%s\" needs a value (%s)",
					    s->name, s->arg);
		if (s->type == OPT_STRING)
			*(const char **)field = value;
		else
			list_push((struct str_list *)field, value);
	}
	return 0;
}

void options_usage(enum command cmd, const char *name)
{
	if (name)
		printf("usage: schemadiff %s [options]\n\n", name);
	printf("options:\n");
	for (size_t k = 0; k < ARRAY_SIZE(specs); k++) {
		if (!(specs[k].commands & cmd))
			continue;
		char left[64];
		snprintf(left, sizeof(left), "--%s%s%s", specs[k].name, specs[k].arg ? " " : "",
			 specs[k].arg ? specs[k].arg : "");
		printf("  %-28s %s\n", left, specs[k].help);
	}
}

void options_release(struct options *o)
{
	free(o->schema.v);
	free(o->dbs.v);
	free(o->include_schema.v);
	free(o->exclude_schema.v);
}
