/*
 * main.c: pick the command, run it, print the error and choose the exit
 * code.  Exit codes: 0 success, 1 differences found (commands that report
 * them), 2 usage or input error, 3 database error.
 */
#include "commands.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/version.h"

#include <malloc.h>
#include <stdio.h>
#include <errno.h>
#include <string.h>


static const struct {
	const char *name;
	int (*run)(int, char **, struct arena *, struct sd_error *);
	const char *summary;
} commands[] = {
	{ "plan", cmd_plan, "show the DDL that takes a database to the desired state" },
	{ "dump", cmd_dump, "write a live database's schema as desired-state SQL" },
	{ "diff", cmd_diff, "show the DDL between two schemas (databases or SQL files)" },
	{ "drift", cmd_drift, "check whether databases still match the desired state" },
	{ "apply", cmd_apply, "take a database to the desired state, safely, with a record" },
	{ "history", cmd_history, "list the applies and rollbacks run on a database" },
	{ "rollback", cmd_rollback, "undo the last apply (or every one after --to ID)" },
};

static void usage(FILE *fp)
{
	fprintf(fp, "usage: schemadiff COMMAND [options]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(fp, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(fp, "\nRun 'schemadiff COMMAND --help' for a command's options.\n");
}

int main(int argc, char **argv)
{
	/* Large blocks (a result's cells, pg_depend's rows, edge lists) are
	 * mapped and unmapped whole.  By default glibc raises this threshold
	 * after the first such block is freed, and the later ones then come
	 * from the heap, where freed memory stays in the process: at 10,000
	 * tables that was 7 MB of a plan's peak. */
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("schemadiff %s\n", SCHEMADIFF_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(argv[1], commands[i].name))
			continue;
		struct arena a = ARENA_INIT;
		struct sd_error err;
		memset(&err, 0, sizeof(err));
		int rc = commands[i].run(argc - 2, argv + 2, &a, &err);
		arena_free(&a);
		if (rc < 0) {
			sd_error_print(&err);
			return err.kind ? (int)err.kind : 2;
		}
		/* a plan printed to a full disk or a closed pipe must not pass
		 * for one printed: the write errors show only now */
		if (fflush(stdout) != 0 || ferror(stdout)) {
			fprintf(stderr, "schemadiff: error: cannot write the output: %s\n",
				strerror(errno ? errno : EIO));
			return 2;
		}
		return rc;
	}
	fprintf(stderr, "schemadiff: error: unknown command \"%s\"\n", argv[1]);
	usage(stderr);
	return 2;
}
