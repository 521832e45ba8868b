/*
 * options.h: the command line, as one sorted table of options.
 *
 * Every command shares struct options; the table says which commands take
 * which option, so `schemadiff plan --help` and the parser can never
 * disagree.  Both "--name value" and "--name=value" work.
 */
#ifndef SD_OPTIONS_H
#define SD_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

struct sd_error;

struct str_list {
	const char **v;
	size_t n;
};

struct options {
	const char *db;
	struct str_list dbs;    /* drift: every --db */
	const char *db_file;
	const char *jobs;
	bool quiet, verbose, no_cache, timings, check_render;
	struct str_list schema;
	const char *format;
	const char *out;
	const char *rollback;
	const char *shadow_db;
	const char *split;
	struct str_list include_schema;
	struct str_list exclude_schema;
	bool help;
	bool privileges;
	bool no_online;         /* plain DDL: no CONCURRENTLY, NOT VALID + VALIDATE */
	/* apply and rollback */
	const char *plan;       /* a plan written by `plan --format json` */
	struct str_list allow_hazard;
	const char *lock_timeout, *statement_timeout, *lock_wait, *retries;
	const char *to;         /* rollback --to ID */
	bool dry_run, progress, no_verify;
};

enum command {
	CMD_PLAN = 1 << 0,
	CMD_DUMP = 1 << 1,
	CMD_DRIFT = 1 << 2,
	CMD_DIFF = 1 << 3,
	CMD_APPLY = 1 << 4,
	CMD_HISTORY = 1 << 5,
	CMD_ROLLBACK = 1 << 6,
};

/* Parse argv (after the command word); on a usage error fill err. */
int options_parse(enum command cmd, int argc, char **argv, struct options *o,
		  struct sd_error *err);
/* name NULL: the options only (the caller printed its own usage line) */
void options_usage(enum command cmd, const char *name);
void options_release(struct options *o);

#endif
