/*
 * test_strtab.c: the string table models keep their strings in
 * (common/strtab.c), and the arena's unaligned strings it relies on.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "../../common/arena.h"
#include "../../common/strtab.h"

static void test_same_text_same_copy(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct strtab t;
	strtab_init(&t, &a);
	char row1[] = "public", row2[] = "public";
	const char *x = strtab_intern(&t, row1), *y = strtab_intern(&t, row2);
	assert_ptr_equal(x, y);
	assert_ptr_not_equal(x, row1); /* a copy: the row may go */
	assert_string_equal(x, "public");
	row1[0] = 'X';
	assert_string_equal(x, "public");
	assert_null(strtab_intern(&t, NULL));
	strtab_release(&t);
	/* the strings outlive the table */
	assert_string_equal(x, "public");
	arena_free(&a);
}

static void test_prefixes_and_empty_are_distinct(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct strtab t;
	strtab_init(&t, &a);
	const char *ab = strtab_intern(&t, "ab"), *abc = strtab_intern(&t, "abc");
	const char *a1 = strtab_intern(&t, "a"), *empty = strtab_intern(&t, "");
	assert_string_equal(ab, "ab");
	assert_string_equal(abc, "abc");
	assert_string_equal(a1, "a");
	assert_string_equal(empty, "");
	assert_ptr_not_equal(ab, abc);
	assert_ptr_not_equal(ab, a1);
	/* a length-limited lookup of a longer buffer finds the short one */
	assert_ptr_equal(strtab_intern_n(&t, "abcdef", 2), ab);
	assert_ptr_equal(strtab_intern_n(&t, "abcdef", 3), abc);
	assert_ptr_equal(strtab_intern_n(&t, "xyz", 0), empty);
	strtab_release(&t);
	arena_free(&a);
}

/* Past several growths every string is still found, once. */
static void test_many_strings_survive_growth(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct strtab t;
	strtab_init(&t, &a);
	enum { N = 20000 };
	static const char *first[N];
	char buf[32];
	for (int i = 0; i < N; i++) {
		snprintf(buf, sizeof(buf), "column_%d", i);
		first[i] = strtab_intern(&t, buf);
	}
	assert_int_equal(t.n, N);
	for (int i = 0; i < N; i++) {
		snprintf(buf, sizeof(buf), "column_%d", i);
		assert_ptr_equal(strtab_intern(&t, buf), first[i]);
		assert_string_equal(first[i], buf);
	}
	assert_int_equal(t.n, N);
	strtab_release(&t);
	arena_free(&a);
}

/* Strings leave the arena's head unaligned; what comes next must still be
 * aligned for any scalar, and zeroed. */
static void test_arena_alignment_after_strings(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	for (int i = 0; i < 5000; i++) {
		const char *s = arena_strdup(&a, i % 3 ? "abc" : "a");
		assert_string_equal(s, i % 3 ? "abc" : "a");
		uint64_t *p = arena_alloc(&a, sizeof(uint64_t) * (size_t)(1 + i % 7));
		assert_int_equal((uintptr_t)p % 16, 0);
		assert_int_equal(p[0], 0);
		p[0] = UINT64_MAX;
	}
	/* a string bigger than a block gets one of its own, and the head
	 * stays usable */
	static char big[100000];
	memset(big, 'x', sizeof(big) - 1);
	assert_int_equal(strlen(arena_strdup(&a, big)), sizeof(big) - 1);
	assert_int_equal((uintptr_t)arena_alloc(&a, 8) % 16, 0);
	arena_free(&a);
	/* the same as the first thing in an arena: the big block is the head */
	assert_int_equal(strlen(arena_strdup(&a, big)), sizeof(big) - 1);
	uint64_t *p = arena_alloc(&a, 8);
	assert_int_equal((uintptr_t)p % 16, 0);
	assert_int_equal(*p, 0);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_text_same_copy),
		cmocka_unit_test(test_prefixes_and_empty_are_distinct),
		cmocka_unit_test(test_many_strings_survive_growth),
		cmocka_unit_test(test_arena_alignment_after_strings),
	};
	return cmocka_run_group_tests_name("strtab", tests, NULL, NULL);
}
