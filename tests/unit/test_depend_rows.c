/*
 * test_depend_rows.c: the index table the reader finds objects and
 * aliases with (common/index_hash.c), and the translation of pg_depend's
 * rows through their aliases (schema/depend_rows.c), which depends.sql
 * used to do in SQL: the same rules, row by row.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "../../common/index_hash.h"
#include "../../schema/depend_rows.h"

/* --- index_hash ------------------------------------------------------- */

static size_t find_all(const struct index_hash *h, uint64_t hash, uint32_t *out, size_t max)
{
	size_t n = 0;
	for (size_t s = index_hash_first(h, hash); !index_hash_end(h, s) && n < max;
	     s = index_hash_next(h, s, hash))
		out[n++] = index_hash_item(h, s);
	return n;
}

static void test_index_hash_finds_every_item_of_a_hash(void **state)
{
	(void)state;
	struct index_hash h;
	enum { N = 5000 };
	index_hash_init(&h, N, N - 1);
	/* many items on few hashes: equal keys are all found, each once */
	for (uint32_t i = 0; i < N; i++)
		index_hash_add(&h, index_hash_key(&(uint32_t){ i % 7 }, sizeof(uint32_t)), i);
	for (uint32_t k = 0; k < 7; k++) {
		uint32_t got[N];
		size_t n = find_all(&h, index_hash_key(&k, sizeof(k)), got, N);
		/* the tag bits let a probe skip most other keys, not all: the
		 * caller compares; here every item found must have key k or be
		 * another key's item that shares the tag */
		size_t mine = 0;
		for (size_t i = 0; i < n; i++)
			mine += got[i] % 7 == k;
		assert_int_equal(mine, (N - k + 6) / 7);
	}
	index_hash_free(&h);
}

static uint64_t key_hash(uint32_t k)
{
	return index_hash_key(&k, sizeof(k));
}

static void test_index_hash_empty_and_missing(void **state)
{
	(void)state;
	struct index_hash h = { 0 };
	uint32_t got[4];
	assert_int_equal(find_all(&h, key_hash(1), got, 4), 0); /* never initialized */
	index_hash_init(&h, 3, 2);
	index_hash_add(&h, key_hash(1), 0);
	index_hash_add(&h, key_hash(2), 1);
	index_hash_add(&h, key_hash(1), 2);
	/* these hashes differ in their tag bits: a probe meets only its own */
	assert_int_equal(find_all(&h, key_hash(1), got, 4), 2);
	assert_true((got[0] == 0 && got[1] == 2) || (got[0] == 2 && got[1] == 0));
	assert_int_equal(find_all(&h, key_hash(2), got, 4), 1);
	assert_int_equal(got[0], 1);
	assert_int_equal(find_all(&h, key_hash(3), got, 4), 0);
	index_hash_free(&h);
}

/* --- depend_rows ------------------------------------------------------- */

struct seen {
	uint32_t v[8][6];
	size_t n;
};

static void collect(void *arg, const uint32_t v[6])
{
	struct seen *s = arg;
	assert_true(s->n < 8);
	memcpy(s->v[s->n++], v, 6 * sizeof(*v));
}

static void alias(struct depend_rows *d, const char *from_class, const char *from_oid,
		  const char *from_sub, const char *to_class, const char *to_oid, const char *to_sub)
{
	const char *cells[6] = { from_class, from_oid, from_sub, to_class, to_oid, to_sub };
	depend_aliases_add(d, cells);
}

static struct seen translate(struct depend_rows *d, const char *const cells[6])
{
	struct seen s = { .n = 0 };
	struct depend_pair row;
	assert_true(depend_pair_from_cells(d, cells, &row));
	depend_translate(d, &row, collect, &s);
	return s;
}

static void assert_pair(const uint32_t v[6], uint32_t c, uint32_t o, uint32_t sub, uint32_t rc,
			uint32_t ro, uint32_t rsub)
{
	const uint32_t want[6] = { c, o, sub, rc, ro, rsub };
	assert_memory_equal(v, want, sizeof(want));
}

static void test_translation_follows_the_alias_rules(void **state)
{
	(void)state;
	struct depend_rows d = { 0 };
	/* a column default (pg_attrdef 2604) is column 3 of table 100 */
	alias(&d, "2604", "500", "0", "1259", "100", "3");
	/* an index behind a constraint */
	alias(&d, "1259", "600", "0", "2606", "700", "0");
	/* a function of an extension, whatever sub-id a row names */
	alias(&d, "1255", "800", "0", "3079", "900", "0");
	/* a type standing for two things (not a PostgreSQL case, but both go) */
	alias(&d, "1247", "950", "0", "1259", "951", "0");
	alias(&d, "1247", "950", "0", "3079", "900", "0");
	depend_aliases_done(&d);

	/* the default uses a function: the column uses it */
	struct seen s = translate(&d, (const char *[]){ "2604", "500", "0", "1255", "42", "0" });
	assert_int_equal(s.n, 1);
	assert_pair(s.v[0], 1259, 100, 3, 1255, 42, 0);

	/* an FK needs the index: it needs the constraint behind it */
	s = translate(&d, (const char *[]){ "2606", "10", "0", "1259", "600", "0" });
	assert_int_equal(s.n, 1);
	assert_pair(s.v[0], 2606, 10, 0, 2606, 700, 0);

	/* a sub-id the alias does not name: an extension alias applies on
	 * the needed side, no other one does */
	s = translate(&d, (const char *[]){ "1259", "1", "2", "1255", "800", "5" });
	assert_int_equal(s.n, 1);
	assert_pair(s.v[0], 1259, 1, 2, 3079, 900, 0);
	s = translate(&d, (const char *[]){ "1259", "1", "0", "1259", "600", "4" });
	assert_int_equal(s.n, 1);
	assert_pair(s.v[0], 1259, 1, 0, 1259, 600, 4); /* the index's column: itself */
	s = translate(&d, (const char *[]){ "2604", "500", "1", "1255", "42", "0" });
	assert_int_equal(s.n, 1);
	assert_pair(s.v[0], 2604, 500, 1, 1255, 42, 0); /* the dependent side is exact */

	/* every alias of an end counts */
	s = translate(&d, (const char *[]){ "1259", "7", "0", "1247", "950", "0" });
	assert_int_equal(s.n, 2);

	/* no alias at all: the row as it is, negative sub-ids included */
	s = translate(&d, (const char *[]){ "2620", "11", "0", "1259", "12", "-1" });
	assert_int_equal(s.n, 1);
	assert_pair(s.v[0], 2620, 11, 0, 1259, 12, (uint32_t)-1);
	depend_rows_free(&d);
}

static void test_a_row_no_attnum_can_be_is_dropped(void **state)
{
	(void)state;
	struct depend_rows d = { 0 };
	struct depend_pair row;
	const char *cells[6] = { "1259", "1", "70000", "1259", "2", "0" };
	assert_false(depend_pair_from_cells(&d, cells, &row));
	depend_rows_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_index_hash_finds_every_item_of_a_hash),
		cmocka_unit_test(test_index_hash_empty_and_missing),
		cmocka_unit_test(test_translation_follows_the_alias_rules),
		cmocka_unit_test(test_a_row_no_attnum_can_be_is_dropped),
	};
	return cmocka_run_group_tests_name("depend_rows", tests, NULL, NULL);
}
