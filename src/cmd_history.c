/*
 * cmd_history.c: `schemadiff history`: the runs recorded in
 * schemadiff.history, oldest first, as a table or JSON.
 */
#include "commands.h"
#include "history.h"
#include "options.h"
#include "../common/db.h"
#include "../common/error.h"
#include "../common/json.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static void show_human(const struct history_run *runs, size_t n)
{
	if (n == 0) {
		printf("no runs recorded\n");
		return;
	}
	printf("%-5s %-8s %-12s %-20s %-11s %-7s %-35s %s\n", "ID", "KIND", "STATUS", "STARTED",
	       "DURATION", "STEPS", "FINGERPRINTS", "USER");
	for (size_t i = 0; i < n; i++) {
		const struct history_run *r = &runs[i];
		char steps[32], prints[40];
		snprintf(steps, sizeof(steps), "%d/%d", r->steps_done, r->steps_total);
		snprintf(prints, sizeof(prints), "%016" PRIx64 "->%016" PRIx64, r->source_fingerprint,
			 r->target_fingerprint);
		printf("%-5lld %-8s %-12s %-20s %-11s %-7s %-35s %s\n", r->id, r->kind, r->status,
		       r->started, r->duration ? r->duration : "-", steps, prints, r->db_user);
		if (r->undoes)
			printf("      undoes run %lld\n", r->undoes);
		if (r->error)
			printf("      error: %.*s\n", (int)strcspn(r->error, "\n"), r->error);
	}
}

static void show_json(const struct history_run *runs, size_t n)
{
	printf("{\"format\": \"schemadiff.history\", \"format_version\": 1, \"runs\": [");
	for (size_t i = 0; i < n; i++) {
		const struct history_run *r = &runs[i];
		printf("%s\n  {\"id\": %lld, \"kind\": ", i ? "," : "", r->id);
		json_write_string(stdout, r->kind);
		printf(", \"status\": ");
		json_write_string(stdout, r->status);
		printf(", \"started\": ");
		json_write_string(stdout, r->started);
		printf(", \"finished\": ");
		json_write_string(stdout, r->finished);
		printf(", \"source_fingerprint\": \"%016" PRIx64 "\", \"target_fingerprint\": \"%016" PRIx64
		       "\", \"steps_done\": %d, \"steps_total\": %d, \"db_user\": ",
		       r->source_fingerprint, r->target_fingerprint, r->steps_done, r->steps_total);
		json_write_string(stdout, r->db_user);
		printf(", \"tool_version\": ");
		json_write_string(stdout, r->tool_version);
		printf(", \"error\": ");
		json_write_string(stdout, r->error);
		if (r->undoes)
			printf(", \"undoes\": %lld", r->undoes);
		else
			printf(", \"undoes\": null");
		putchar('}');
	}
	printf("%s]}\n", n ? "\n" : "");
}

int cmd_history(int argc, char **argv, struct arena *a, struct sd_error *err)
{
	struct options o;
	int rc = options_parse(CMD_HISTORY, argc, argv, &o, err);
	if (rc == 0 && o.help) {
		options_usage(CMD_HISTORY, "history");
		options_release(&o);
		return 0;
	}
	if (rc == 0 && !o.db)
		rc = sd_error_set(err, SD_ERR_INPUT, "history needs --db URL");
	bool json = false;
	if (rc == 0 && o.format) {
		json = !strcmp(o.format, "json");
		if (!json && strcmp(o.format, "human"))
			rc = sd_error_set(err, SD_ERR_INPUT, "unknown format \"%s\" (use human or json)",
					  o.format);
	}
	struct db db = { 0 };
	struct history_run *runs;
	size_t n;
	if (rc == 0)
		rc = db_open(o.db, "database", &db, err);
	if (rc == 0)
		rc = history_list(&db, a, false, &runs, &n, err);
	if (rc == 0) {
		if (json)
			show_json(runs, n);
		else
			show_human(runs, n);
	}
	db_close(&db);
	options_release(&o);
	return rc;
}
