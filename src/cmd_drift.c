/*
 * cmd_drift.c: `schemadiff drift`: do these databases still match the files?
 *
 * The desired model is built once; the databases are then read by --jobs
 * worker threads at a time, each with its own connection and arena, and
 * compared with the shared desired model (read-only from then on).  A
 * drifted database is one whose plan is not empty; each difference is
 * reported as the object, what the files want and what the database has.
 *
 * Exit: 0 all match, 1 some drifted, 3 some could not be read (the others
 * are still reported), 2 bad input.
 */
#include "commands.h"
#include "models.h"
#include "../common/arena.h"
#include "../common/db.h"
#include "../common/error.h"
#include "../common/json.h"
#include "../common/util.h"
#include "../diff/plan.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum target_status { TARGET_MATCHES = 0, TARGET_DRIFTED = 1, TARGET_UNREADABLE = 3 };

struct target {
	const char *url;
	char label[256];            /* no password: db_display_name() */
	enum target_status status;
	struct sd_error err;        /* when unreadable */
	struct arena arena;         /* the live model and the plan */
	struct plan plan;           /* live -> desired: its changes are the drift */
};

struct fleet {
	struct target *v;
	size_t n;
	atomic_size_t next;
	const struct model *desired;
	const struct schema_filter *filter;
	bool spread; /* one database at a time: its read may use two sessions */
};

static void check_one(struct fleet *f, struct target *t)
{
	struct model live;
	int major;
	if (models_live(&t->arena, t->url, f->filter, f->spread, &live, &major, &t->err) < 0) {
		t->status = TARGET_UNREADABLE;
		return;
	}
	plan_build(&t->arena, &live, f->desired, &t->plan);
	t->status = t->plan.n_changes ? TARGET_DRIFTED : TARGET_MATCHES;
}

static void *worker(void *arg)
{
	struct fleet *f = arg;
	for (size_t i; (i = atomic_fetch_add(&f->next, 1)) < f->n;)
		check_one(f, &f->v[i]);
	return NULL;
}

/* --db-file: one URL a line; blank lines and # comments are skipped. */
static int read_db_file(struct arena *a, const char *path, struct str_list *out,
			struct sd_error *err)
{
	FILE *fp = fopen(path, "r");
	if (!fp)
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "could not read: %s",
				       strerror(errno));
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, fp)) >= 0) {
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		size_t n = strcspn(p, "\r\n");
		while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
			n--;
		if (n == 0 || *p == '#')
			continue;
		out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
		out->v[out->n++] = arena_strndup(a, p, n);
	}
	free(line);
	fclose(fp);
	return 0;
}

static const char *state_of(enum change_action action)
{
	return action == ACTION_CREATE ? "missing" : action == ACTION_DROP ? "unexpected" : "changed";
}

/* A change carried along by another (a comment on a rebuilt view) is not
 * a difference of its own. */
static bool is_difference(const struct change_line *l)
{
	return !l->note;
}

static size_t n_differences(const struct target *t)
{
	size_t n = 0;
	for (size_t c = 0; c < t->plan.n_changes; c++)
		n += is_difference(&t->plan.changes[c]);
	return n;
}

/* "    label: text", continuation lines indented under the text */
static void print_indented(FILE *fp, const char *label, const char *text)
{
	fprintf(fp, "    %-9s ", label);
	for (const char *p = text; *p; p++) {
		fputc(*p, fp);
		if (*p == '\n')
			fprintf(fp, "%14s", "");
	}
	fputc('\n', fp);
}

static void print_human(FILE *fp, const struct fleet *f)
{
	for (size_t i = 0; i < f->n; i++) {
		const struct target *t = &f->v[i];
		size_t n = n_differences(t);
		if (t->status == TARGET_UNREADABLE)
			fprintf(fp, "error    %s: %.*s\n", t->label, (int)strcspn(t->err.message, "\n"),
				t->err.message);
		else if (t->status == TARGET_MATCHES)
			fprintf(fp, "ok       %s\n", t->label);
		else
			fprintf(fp, "drifted  %s: %zu object%s differ%s\n", t->label, n, n == 1 ? "" : "s",
				n == 1 ? "s" : "");
	}
	for (size_t i = 0; i < f->n; i++) {
		const struct target *t = &f->v[i];
		if (t->status != TARGET_DRIFTED)
			continue;
		fprintf(fp, "\n%s:\n", t->label);
		for (size_t c = 0; c < t->plan.n_changes; c++) {
			const struct change_line *l = &t->plan.changes[c];
			if (!is_difference(l))
				continue;
			fprintf(fp, "  %-10s %s\n", state_of(l->action), l->object);
			if (l->before && l->after) {
				print_indented(fp, "expected:", l->after);
				print_indented(fp, "actual:", l->before);
			}
		}
	}
}

static void print_json(FILE *fp, const struct fleet *f)
{
	fprintf(fp, "{\n  \"format\": \"schemadiff.drift\",\n  \"format_version\": 1,\n"
		    "  \"databases\": [");
	for (size_t i = 0; i < f->n; i++) {
		const struct target *t = &f->v[i];
		static const char *const status[] = { [TARGET_MATCHES] = "ok",
						      [TARGET_DRIFTED] = "drifted",
						      [TARGET_UNREADABLE] = "error" };
		fprintf(fp, "%s\n    {\"database\": ", i ? "," : "");
		json_write_string(fp, t->label);
		fprintf(fp, ", \"status\": \"%s\", \"error\": ", status[t->status]);
		json_write_string(fp, t->status == TARGET_UNREADABLE ? t->err.message : NULL);
		fprintf(fp, ", \"differences\": [");
		size_t k = 0;
		for (size_t c = 0; t->status == TARGET_DRIFTED && c < t->plan.n_changes; c++) {
			const struct change_line *l = &t->plan.changes[c];
			if (!is_difference(l))
				continue;
			fprintf(fp, "%s\n      {\"state\": \"%s\", \"kind\": ", k++ ? "," : "",
				state_of(l->action));
			json_write_string(fp, obj_kind_name(l->kind));
			fprintf(fp, ", \"object\": ");
			json_write_string(fp, l->object);
			fprintf(fp, ", \"expected\": ");
			json_write_string(fp, l->after);
			fprintf(fp, ", \"actual\": ");
			json_write_string(fp, l->before);
			fputc('}', fp);
		}
		fprintf(fp, "%s]}", k ? "\n    " : "");
	}
	fprintf(fp, "%s]\n}\n", f->n ? "\n  " : "");
}

static int parse_jobs(const char *s, size_t *out, struct sd_error *err)
{
	char *end;
	long v = s ? strtol(s, &end, 10) : 4;
	if (s && (*end || v < 1 || v > 256))
		return sd_error_set(err, SD_ERR_INPUT, "--jobs needs a number from 1 to 256, not \"%s\"",
				    s);
	*out = (size_t)v;
	return 0;
}

int cmd_drift(int argc, char **argv, struct arena *a, struct sd_error *err)
{
	struct options o;
	int rc = options_parse(CMD_DRIFT, argc, argv, &o, err);
	if (rc == 0 && o.help) {
		options_usage(CMD_DRIFT, "drift");
		options_release(&o);
		return 0;
	}
	size_t jobs = 4;
	bool json = false;
	if (rc == 0 && o.format && !(json = !strcmp(o.format, "json")) && strcmp(o.format, "human"))
		rc = sd_error_set(err, SD_ERR_INPUT, "unknown format \"%s\" (use human or json)",
				  o.format);
	if (rc == 0)
		rc = parse_jobs(o.jobs, &jobs, err);
	if (rc == 0 && o.db_file)
		rc = read_db_file(a, o.db_file, &o.dbs, err);
	if (rc == 0 && o.dbs.n == 0)
		rc = sd_error_set(err, SD_ERR_INPUT, "drift needs --db URL or --db-file FILE");
	if (rc == 0 && o.schema.n == 0)
		rc = sd_error_set(err, SD_ERR_INPUT, "drift needs --schema PATH (the desired state)");
	/* a malformed connection string is bad input (exit 2), found before
	 * the desired state is loaded, not an unreadable database (exit 3) */
	for (size_t i = 0; rc == 0 && i < o.dbs.n; i++) {
		char role[64];
		snprintf(role, sizeof(role), "database %zu of %zu", i + 1, o.dbs.n);
		rc = db_check_conninfo(o.dbs.v[i], role, err);
	}

	struct schema_filter filter;
	struct model desired;
	models_filter(&o, &filter);
	if (rc == 0)
		rc = models_desired(a, &o, &filter, &desired, NULL, err);
	if (rc == 0 && o.verbose)
		fprintf(stderr, "schemadiff: desired state loaded into the shadow %u time(s) for %zu "
				"database(s)\n", models_desired_loads(), o.dbs.n);
	if (rc < 0) {
		options_release(&o);
		return rc;
	}

	struct fleet f = { .n = o.dbs.n, .desired = &desired, .filter = &filter };
	f.v = arena_alloc(a, f.n * sizeof(*f.v));
	for (size_t i = 0; i < f.n; i++) {
		f.v[i].url = o.dbs.v[i];
		f.v[i].arena = (struct arena)ARENA_INIT; /* one per thread's work */
		db_display_name(o.dbs.v[i], f.v[i].label, sizeof(f.v[i].label));
	}
	atomic_init(&f.next, 0);
	if (jobs > f.n)
		jobs = f.n;
	/* several databases at once already keep the CPUs busy */
	f.spread = jobs == 1;
	pthread_t *threads = xmalloc(jobs * sizeof(*threads));
	for (size_t i = 0; i < jobs; i++)
		if (pthread_create(&threads[i], NULL, worker, &f) != 0)
			die("cannot start a thread");
	for (size_t i = 0; i < jobs; i++)
		pthread_join(threads[i], NULL);
	free(threads);

	int exit_code = 0;
	for (size_t i = 0; i < f.n; i++) {
		if (f.v[i].status == TARGET_UNREADABLE)
			exit_code = 3;
		else if (f.v[i].status == TARGET_DRIFTED && exit_code == 0)
			exit_code = 1;
	}
	if (!(o.quiet && exit_code == 0)) {
		if (json)
			print_json(stdout, &f);
		else
			print_human(stdout, &f);
	}
	for (size_t i = 0; i < f.n; i++)
		arena_free(&f.v[i].arena);
	options_release(&o);
	return exit_code;
}
