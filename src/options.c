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
	{ "db", OPT_STRING, OFF(db), CMD_PLAN, "URL",
	  "the live database (libpq URL or key=value; PG* variables apply)" },
	{ "exclude-schema", OPT_LIST, OFF(exclude_schema), CMD_PLAN, "PATTERN",
	  "leave schemas matching PATTERN alone (repeatable)" },
	{ "format", OPT_STRING, OFF(format), CMD_PLAN, "sql|human",
	  "output format (default: human on a terminal, else sql)" },
	{ "help", OPT_FLAG, OFF(help), CMD_PLAN, NULL, "show this help" },
	{ "include-schema", OPT_LIST, OFF(include_schema), CMD_PLAN, "PATTERN",
	  "manage only schemas matching PATTERN (repeatable)" },
	{ "out", OPT_STRING, OFF(out), CMD_PLAN, "FILE", "write the plan to FILE" },
	{ "rollback", OPT_STRING, OFF(rollback), CMD_PLAN, "FILE",
	  "write the rollback script to FILE" },
	{ "schema", OPT_LIST, OFF(schema), CMD_PLAN, "PATH",
	  "desired-state .sql file or directory (repeatable)" },
	{ "shadow-db", OPT_STRING, OFF(shadow_db), CMD_PLAN, "URL",
	  "server for the scratch database instead of the embedded PostgreSQL" },
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
	printf("usage: schemadiff %s [options]\n\noptions:\n", name);
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
	free(o->include_schema.v);
	free(o->exclude_schema.v);
}
