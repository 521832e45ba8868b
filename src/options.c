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
	{ "allow-hazard", OPT_LIST, OFF(allow_hazard), CMD_APPLY | CMD_ROLLBACK, "KIND",
	  "run steps with this hazard: data-loss, rewrite, long-lock, irreversible (repeatable)" },
	{ "check-render", OPT_FLAG, OFF(check_render), CMD_PLAN | CMD_DIFF | CMD_DRIFT, NULL,
	  "also load the desired state as schemadiff renders it (slower; a self-check)" },
	{ "db", OPT_STRING, OFF(db), CMD_PLAN | CMD_DUMP | CMD_APPLY | CMD_HISTORY | CMD_ROLLBACK, "URL",
	  "the live database (libpq URL or key=value; PG* variables apply)" },
	{ "db", OPT_LIST, OFF(dbs), CMD_DRIFT, "URL", "a database to check (repeatable)" },
	{ "db-file", OPT_STRING, OFF(db_file), CMD_DRIFT, "FILE",
	  "databases to check, one URL a line (# comments)" },
	{ "dry-run", OPT_FLAG, OFF(dry_run), CMD_APPLY | CMD_ROLLBACK, NULL,
	  "check everything, show the steps, change nothing" },
	{ "exclude-schema", OPT_LIST, OFF(exclude_schema), CMD_PLAN | CMD_DUMP | CMD_DRIFT | CMD_DIFF | CMD_APPLY, "PATTERN",
	  "leave schemas matching PATTERN alone (repeatable)" },
	{ "format", OPT_STRING, OFF(format), CMD_PLAN | CMD_DIFF, "sql|human|json|markdown",
	  "output format (default: human on a terminal, else sql)" },
	{ "format", OPT_STRING, OFF(format), CMD_DRIFT | CMD_HISTORY, "human|json", "output format (default: human)" },
	{ "help", OPT_FLAG, OFF(help), CMD_PLAN | CMD_DUMP | CMD_DRIFT | CMD_DIFF | CMD_APPLY | CMD_HISTORY | CMD_ROLLBACK, NULL, "show this help" },
	{ "include-schema", OPT_LIST, OFF(include_schema), CMD_PLAN | CMD_DUMP | CMD_DRIFT | CMD_DIFF | CMD_APPLY, "PATTERN",
	  "manage only schemas matching PATTERN (repeatable)" },
	{ "jobs", OPT_STRING, OFF(jobs), CMD_DRIFT, "N", "databases read at a time (default 4)" },
	{ "lock-timeout", OPT_STRING, OFF(lock_timeout), CMD_APPLY | CMD_ROLLBACK, "DURATION",
	  "give up a step that waits this long for a lock, then retry (default 5s)" },
	{ "lock-wait", OPT_STRING, OFF(lock_wait), CMD_APPLY | CMD_ROLLBACK, "DURATION",
	  "wait this long for another deploy to finish (default 60s)" },
	{ "no-cache", OPT_FLAG, OFF(no_cache), CMD_PLAN | CMD_DRIFT | CMD_DIFF | CMD_APPLY, NULL,
	  "load the desired state into the shadow even if a cached model matches" },
	{ "no-online", OPT_FLAG, OFF(no_online), CMD_PLAN | CMD_DIFF | CMD_APPLY, NULL,
	  "plain DDL: no CREATE INDEX CONCURRENTLY, no NOT VALID then VALIDATE" },
	{ "no-verify", OPT_FLAG, OFF(no_verify), CMD_APPLY, NULL,
	  "skip the rehearsal of plan and rollback on a copy in the shadow" },
	{ "out", OPT_STRING, OFF(out), CMD_PLAN | CMD_DUMP, "FILE",
	  "write the plan (or the dump) to FILE" },
	{ "plan", OPT_STRING, OFF(plan), CMD_APPLY, "FILE",
	  "apply this plan (from plan --format json) instead of planning now" },
	{ "privileges", OPT_FLAG, OFF(privileges), CMD_PLAN | CMD_DUMP | CMD_DRIFT | CMD_DIFF | CMD_APPLY, NULL,
	  "manage GRANTs too (the roles they name must exist)" },
	{ "progress", OPT_FLAG, OFF(progress), CMD_APPLY | CMD_ROLLBACK, NULL,
	  "report each step on stderr even when it is not a terminal" },
	{ "quiet", OPT_FLAG, OFF(quiet), CMD_DRIFT, NULL, "print nothing when nothing drifted" },
	{ "retries", OPT_STRING, OFF(retries), CMD_APPLY | CMD_ROLLBACK, "N",
	  "times a step that hit the lock timeout is tried again (default 5)" },
	{ "rollback", OPT_STRING, OFF(rollback), CMD_PLAN, "FILE",
	  "write the rollback script to FILE" },
	{ "schema", OPT_LIST, OFF(schema), CMD_PLAN | CMD_DRIFT | CMD_APPLY, "PATH",
	  "desired-state .sql file or directory (repeatable)" },
	{ "shadow-db", OPT_STRING, OFF(shadow_db), CMD_PLAN | CMD_DRIFT | CMD_DIFF | CMD_APPLY | CMD_ROLLBACK, "URL",
	  "server for the scratch database instead of the embedded PostgreSQL" },
	{ "split", OPT_STRING, OFF(split), CMD_DUMP, "DIR",
	  "write one file per object under DIR (new or empty)" },
	{ "statement-timeout", OPT_STRING, OFF(statement_timeout), CMD_APPLY | CMD_ROLLBACK, "DURATION",
	  "cancel a step that runs longer (default: none)" },
	{ "timings", OPT_FLAG, OFF(timings), CMD_PLAN | CMD_APPLY, NULL,
	  "print how long each phase took on stderr (\"timing NAME SECONDS\")" },
	{ "to", OPT_STRING, OFF(to), CMD_ROLLBACK, "ID",
	  "undo every applied run after run ID (default: the last run only)" },
	{ "verbose", OPT_FLAG, OFF(verbose), CMD_PLAN | CMD_DRIFT | CMD_DIFF | CMD_APPLY, NULL,
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
		/* an unset variable ("--db $DATABASE_URL") must not fall back
		 * to the PG* defaults, and of two values neither is the one */
		if (!value[0])
			return sd_error_set(err, SD_ERR_INPUT, "option \"--%s\" has an empty value",
					    s->name);
		if (s->type == OPT_STRING && *(const char **)field)
			return sd_error_set(err, SD_ERR_INPUT, "option \"--%s\" is given twice",
					    s->name);
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
	free(o->allow_hazard.v);
}
