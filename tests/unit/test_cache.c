/*
 * test_cache.c: the desired-model cache's key and file (src/model_cache.c):
 * every input of the key changes it; an entry reads back exactly as it was
 * written; a damaged or foreign entry is never a hit.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../common/arena.h"
#include "../../parser/source.h"
#include "../../schema/reader.h"
#include "../../src/model_cache.h"

static struct source_file files[2] = {
	{ .path = "schema/a.sql", .text = "CREATE TABLE a (id int);\n", .len = 25 },
	{ .path = "schema/b.sql", .text = "CREATE TABLE b (id int);\n", .len = 25 },
};

static uint64_t key_of(const struct source_set *src, const struct schema_filter *f,
		       const char *version)
{
	struct cache_key k;
	model_cache_key(src, f, version, &k);
	assert_int_equal(strlen(k.hex), 16);
	return k.hash;
}

static void test_key_changes_with_every_input(void **state)
{
	(void)state;
	struct source_set src = { files, 2 };
	struct schema_filter f = { 0 };
	uint64_t base = key_of(&src, &f, "postgres (PostgreSQL) 15.20");
	assert_true(base == key_of(&src, &f, "postgres (PostgreSQL) 15.20")); /* stable */
	assert_true(base != key_of(&src, &f, "postgres (PostgreSQL) 16.4"));  /* server */

	struct source_file changed[2] = {
		files[0], { .path = "schema/b.sql", .text = "CREATE TABLE b (id int);\r", .len = 25 }
	};
	struct source_set src2 = { changed, 2 };
	assert_true(base != key_of(&src2, &f, "postgres (PostgreSQL) 15.20")); /* one byte */
	struct source_file renamed[2] = {
		files[0], { .path = "schema/c.sql", .text = files[1].text, .len = 25 }
	};
	struct source_set src3 = { renamed, 2 };
	assert_true(base != key_of(&src3, &f, "postgres (PostgreSQL) 15.20")); /* a path */
	struct source_set src4 = { files, 1 };
	assert_true(base != key_of(&src4, &f, "postgres (PostgreSQL) 15.20")); /* a file fewer */

	const char *pattern[] = { "app" };
	struct schema_filter inc = { .include = pattern, .n_include = 1 };
	struct schema_filter exc = { .exclude = pattern, .n_exclude = 1 };
	struct schema_filter priv = { .privileges = true };
	uint64_t ki = key_of(&src, &inc, "postgres (PostgreSQL) 15.20");
	uint64_t ke = key_of(&src, &exc, "postgres (PostgreSQL) 15.20");
	assert_true(ki != base && ke != base && ki != ke);
	assert_true(base != key_of(&src, &priv, "postgres (PostgreSQL) 15.20"));
}

static char cache_root[64];

static int setup_dir(void **state)
{
	(void)state;
	snprintf(cache_root, sizeof(cache_root), "/tmp/sd-unit-cache.XXXXXX");
	assert_non_null(mkdtemp(cache_root));
	setenv("SCHEMADIFF_CACHE_DIR", cache_root, 1);
	return 0;
}

static int teardown_dir(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", cache_root);
	return system(cmd) == 0 ? 0 : -1;
}

/* two logs with a NULL cell, an empty string and bytes that need no care */
static void sample_logs(struct arena *a, struct catalog_log logs[MODEL_CACHE_LOGS])
{
	for (int l = 0; l < MODEL_CACHE_LOGS; l++) {
		struct rowset *rs = arena_alloc(a, sizeof(*rs));
		const char **names = arena_alloc(a, 2 * sizeof(*names));
		const char **cells = arena_alloc(a, 6 * sizeof(*cells));
		names[0] = "oid";
		names[1] = "def";
		cells[0] = "16384";
		cells[1] = l ? "CHECK (x <> '')" : "x \"y\" \n\t\xc3\xa9";
		cells[2] = "16385";
		cells[3] = NULL;
		cells[4] = "";
		cells[5] = "last";
		*rs = (struct rowset){ .name = l ? "views" : "tables", .nrows = 3, .ncols = 2,
				       .colnames = names, .cells = cells };
		logs[l] = (struct catalog_log){ .v = rs, .n = 1, .cap = 1 };
	}
}

/* The sample logs, stored under a key made from the test files (a miss
 * before they are). */
static void store_sample(struct arena *a, struct cache_key *k,
			 struct catalog_log in[MODEL_CACHE_LOGS])
{
	struct source_set src = { files, 2 };
	struct schema_filter f = { 0 };
	struct catalog_log out[MODEL_CACHE_LOGS];
	model_cache_key(&src, &f, "v", k);
	sample_logs(a, in);
	assert_int_equal(model_cache_load(a, k, out), CACHE_MISS);
	assert_int_equal(model_cache_store(a, k, in), 0);
}

/* each_row() walks a packed rowset row by row, with the same cells an
 * unpack gives: checked against the rowset stored. */
struct walked {
	const struct rowset *expect;
	int rows;
};

static void check_row(void *arg, const char *const *cells)
{
	struct walked *w = arg;
	const char *const *x = w->expect->cells + (size_t)w->rows * (size_t)w->expect->ncols;
	for (int c = 0; c < w->expect->ncols; c++) {
		if (!x[c])
			assert_null(cells[c]);
		else
			assert_string_equal(x[c], cells[c]);
	}
	w->rows++;
}

static void test_store_then_load_is_exact(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct cache_key k;
	struct catalog_log in[MODEL_CACHE_LOGS], out[MODEL_CACHE_LOGS];
	store_sample(&a, &k, in);
	assert_int_equal(model_cache_load(&a, &k, out), CACHE_HIT);
	for (int l = 0; l < MODEL_CACHE_LOGS; l++) {
		assert_int_equal(out[l].n, 1);
		assert_null(out[l].v[0].cells); /* packed until the replay asks */
		/* walked row by row, it stays packed */
		struct walked w = { &in[l].v[0], 0 };
		assert_int_equal(out[l].each_row(&out[l], &out[l].v[0], check_row, &w), 0);
		assert_int_equal(w.rows, in[l].v[0].nrows);
		assert_null(out[l].v[0].cells);
		assert_int_equal(model_cache_unpack_log(&a, &out[l]), 0);
		const struct rowset *x = &in[l].v[0], *y = &out[l].v[0];
		assert_string_equal(x->name, y->name);
		assert_int_equal(x->nrows, y->nrows);
		assert_int_equal(x->ncols, y->ncols);
		for (int c = 0; c < x->ncols; c++)
			assert_string_equal(x->colnames[c], y->colnames[c]);
		for (int i = 0; i < x->nrows * x->ncols; i++) {
			if (!x->cells[i])
				assert_null(y->cells[i]);
			else
				assert_string_equal(x->cells[i], y->cells[i]);
		}
	}
	model_cache_unload(out);
	arena_free(&a);
}

/* Rows without columns take no bytes: an entry that claims them is
 * refused, so a walk over an entry's rows is bounded by its size. */
static void test_rows_without_columns_refused(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct cache_key k = { .hash = 7 };
	struct rowset rs = { .name = "depends", .nrows = 1 << 30, .ncols = 0 };
	struct catalog_log in[MODEL_CACHE_LOGS] = { { .v = &rs, .n = 1, .cap = 1 } };
	struct catalog_log out[MODEL_CACHE_LOGS];
	const char *buf;
	size_t len;
	model_cache_serialize(&a, &k, in, &buf, &len);
	assert_int_equal(model_cache_parse(&a, buf, len, &k, out), CACHE_CORRUPT);
	rs.nrows = 0; /* a query that returned nothing is an entry like any other */
	model_cache_serialize(&a, &k, in, &buf, &len);
	assert_int_equal(model_cache_parse(&a, buf, len, &k, out), CACHE_HIT);
	arena_free(&a);
}

static void test_damage_is_never_a_hit(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct cache_key k, other;
	struct source_set src = { files, 2 };
	struct schema_filter f = { 0 };
	model_cache_key(&src, &f, "damage", &k);
	struct catalog_log in[MODEL_CACHE_LOGS], out[MODEL_CACHE_LOGS];
	sample_logs(&a, in);
	assert_int_equal(model_cache_store(&a, &k, in), 0);
	const char *path = model_cache_path(&a, &k);
	FILE *fp = fopen(path, "rb");
	assert_non_null(fp);
	char buf[4096];
	size_t n = fread(buf, 1, sizeof(buf), fp);
	fclose(fp);
	assert_true(n > 40 && n < sizeof(buf));
	/* every single-byte change anywhere is caught */
	for (size_t at = 0; at < n; at++) {
		buf[at] ^= 0x01;
		fp = fopen(path, "wb");
		fwrite(buf, 1, n, fp);
		fclose(fp);
		assert_int_equal(model_cache_load(&a, &k, out), CACHE_CORRUPT);
		buf[at] ^= 0x01;
	}
	/* and every truncation */
	for (size_t len = 0; len < n; len += 7) {
		fp = fopen(path, "wb");
		fwrite(buf, 1, len, fp);
		fclose(fp);
		assert_int_not_equal(model_cache_load(&a, &k, out), CACHE_HIT);
	}
	/* an intact entry under another key's name is not that key's model */
	fp = fopen(path, "wb");
	fwrite(buf, 1, n, fp);
	fclose(fp);
	model_cache_key(&src, &f, "another", &other);
	assert_int_equal(rename(path, model_cache_path(&a, &other)), 0);
	assert_int_equal(model_cache_load(&a, &other, out), CACHE_CORRUPT);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key_changes_with_every_input),
		cmocka_unit_test_setup_teardown(test_store_then_load_is_exact, setup_dir, teardown_dir),
		cmocka_unit_test(test_rows_without_columns_refused),
		cmocka_unit_test_setup_teardown(test_damage_is_never_a_hit, setup_dir, teardown_dir),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
