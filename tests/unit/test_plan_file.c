/*
 * test_plan_file.c: reading JSON plans (src/plan_file.c), the durations
 * apply takes (src/apply_exec.c) and naming what differs between a
 * recorded state and a model (src/run_plan.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../../common/arena.h"
#include "../../common/error.h"
#include "../../diff/plan.h"
#include "../../src/apply_exec.h"
#include "../../src/run_plan.h"

#define HEAD "{\"format\": \"schemadiff.plan\", \"format_version\": 1, " \
	     "\"source_fingerprint\": \"00000000000000aa\", \"target_fingerprint\": \"00000000000000bb\", "

static const char good[] = HEAD
	"\"steps\": [{\"sql\": \"CREATE INDEX CONCURRENTLY i ON public.t (a);\", \"object_kind\": \"index\", "
	"\"object\": \"index public.t.i\", \"transactional\": false, \"new_transaction\": false, "
	"\"lock\": \"share update exclusive\", \"hazards\": []},"
	"{\"sql\": \"ALTER TABLE public.t DROP COLUMN b;\", \"object\": \"column public.t.b\", "
	"\"transactional\": true, \"new_transaction\": true, \"lock\": \"access exclusive\", "
	"\"hazards\": [\"data-loss\", \"irreversible\"]}], "
	"\"rollback\": {\"hazards\": [], \"steps\": []}, "
	"\"source_objects\": [{\"object\": \"table public.t\", \"fingerprint\": \"0000000000000001\"}], "
	"\"target_objects\": [], \"future_field\": 1}";

static int parse(struct arena *a, const char *text, struct run_plan *p, struct sd_error *err)
{
	memset(err, 0, sizeof(*err));
	return plan_file_parse(a, text, strlen(text), "plan.json", p, err);
}

static void reads_a_plan(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct run_plan p;
	struct sd_error err;
	assert_int_equal(parse(&a, good, &p, &err), 0);
	assert_int_equal(p.source_fingerprint, 0xaa);
	assert_int_equal(p.target_fingerprint, 0xbb);
	assert_int_equal(p.forward.n, 2);
	assert_false(p.forward.v[0].transactional);
	assert_string_equal(p.forward.v[0].object, "index public.t.i");
	assert_true(p.forward.v[1].needs_commit);
	assert_int_equal(p.forward.v[1].hazards, HAZARD_DATA_LOSS | HAZARD_IRREVERSIBLE);
	assert_true(p.has_back);
	assert_int_equal(p.back.n, 0);
	assert_int_equal(p.source.n, 1);
	assert_int_equal(p.source.v[0].fingerprint, 1);
	arena_free(&a);
}

static void bad_json_names_line_and_column(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct run_plan p;
	struct sd_error err;
	assert_int_equal(parse(&a, "{\n  \"format\": \"schemadiff.plan\",\n  oops\n}", &p, &err), -1);
	assert_string_equal(err.file, "plan.json");
	assert_int_equal(err.line, 3);
	assert_true(err.col > 0);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	arena_free(&a);
}

static void refuses_what_is_not_a_plan(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct run_plan p;
	struct sd_error err;
	static const char *const bad[] = {
		"[]",
		"{\"format\": \"schemadiff.drift\", \"format_version\": 1}",
		"{\"format\": \"schemadiff.plan\", \"format_version\": 2}",
		HEAD "\"steps\": [{\"sql\": 1}], \"source_objects\": [], \"target_objects\": []}",
		HEAD "\"steps\": [{\"sql\": \"\", \"transactional\": true, \"new_transaction\": false, "
		     "\"hazards\": []}], \"source_objects\": [], \"target_objects\": []}",
		HEAD "\"steps\": [{\"sql\": \"x;\", \"transactional\": true, \"new_transaction\": false, "
		     "\"hazards\": [\"explodes\"]}], \"source_objects\": [], \"target_objects\": []}",
		HEAD "\"steps\": [{\"sql\": \"x\\u0000y;\", \"transactional\": true, "
		     "\"new_transaction\": false, \"hazards\": []}], \"source_objects\": [], "
		     "\"target_objects\": []}",
		"{\"format\": \"schemadiff.plan\", \"format_version\": 1, \"source_fingerprint\": "
		"\"XYZ\", \"target_fingerprint\": \"00000000000000bb\", \"steps\": []}",
		"{\"format\": \"schemadiff.plan\", \"format\": \"schemadiff.plan\"}",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(parse(&a, bad[i], &p, &err), -1);
		assert_true(err.message[0] != '\0');
	}
	arena_free(&a);
}

static void steps_survive_the_history_form(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct run_plan p;
	struct sd_error err;
	assert_int_equal(parse(&a, good, &p, &err), 0);
	char *json = run_steps_to_json(&p.forward);
	struct run_steps again;
	assert_int_equal(run_steps_from_json(&a, json, "history", &again, &err), 0);
	free(json);
	assert_int_equal(again.n, p.forward.n);
	for (size_t i = 0; i < again.n; i++) {
		assert_string_equal(again.v[i].sql, p.forward.v[i].sql);
		assert_int_equal(again.v[i].hazards, p.forward.v[i].hazards);
		assert_int_equal(again.v[i].transactional, p.forward.v[i].transactional);
	}
	arena_free(&a);
}

static void durations(void **state)
{
	(void)state;
	assert_int_equal(parse_duration_ms("5s"), 5000);
	assert_int_equal(parse_duration_ms("250ms"), 250);
	assert_int_equal(parse_duration_ms("2min"), 120000);
	assert_int_equal(parse_duration_ms("1h"), 3600000);
	assert_int_equal(parse_duration_ms("3"), 3000);
	assert_int_equal(parse_duration_ms("0"), 0);
	assert_int_equal(parse_duration_ms("1.5s"), 1500);
	assert_int_equal(parse_duration_ms("-1s"), -1);
	assert_int_equal(parse_duration_ms("5 s"), -1);
	assert_int_equal(parse_duration_ms("s"), -1);
	assert_int_equal(parse_duration_ms("5days"), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_a_plan),
		cmocka_unit_test(bad_json_names_line_and_column),
		cmocka_unit_test(refuses_what_is_not_a_plan),
		cmocka_unit_test(steps_survive_the_history_form),
		cmocka_unit_test(durations),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
