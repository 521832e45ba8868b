/*
 * test_strtab.c: the string table models keep their strings in
 * (common/strtab.c), shared or not, and the arena's unaligned strings it
 * relies on.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
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

/* Two builds on two threads, as a plan's two reads: the owner holds the
 * table for each before starting it; each interns the same texts in its
 * own order and releases its hold. */
enum { SHARED_N = 5000 };
struct build {
	struct strtab *t;
	bool backwards;
	const char *got[SHARED_N];
};

static void *build_on_thread(void *arg)
{
	struct build *b = arg;
	char buf[32];
	for (int k = 0; k < SHARED_N; k++) {
		int i = b->backwards ? SHARED_N - 1 - k : k;
		snprintf(buf, sizeof(buf), "table_%d", i);
		b->got[i] = strtab_intern(b->t, buf);
	}
	strtab_release(b->t);
	return NULL;
}

static void test_shared_table_one_copy_for_both(void **state)
{
	(void)state;
	struct arena mem = ARENA_INIT;
	struct strtab t;
	strtab_init(&t, &mem);
	strtab_share(&t); /* held for the first build */
	strtab_hold(&t);  /* and for the second */
	struct build one = { .t = &t }, two = { .t = &t, .backwards = true };
	pthread_t th[2];
	assert_int_equal(pthread_create(&th[0], NULL, build_on_thread, &one), 0);
	assert_int_equal(pthread_create(&th[1], NULL, build_on_thread, &two), 0);
	for (int k = 0; k < 2; k++)
		pthread_join(th[k], NULL);
	char buf[32];
	for (int i = 0; i < SHARED_N; i++) {
		snprintf(buf, sizeof(buf), "table_%d", i);
		assert_string_equal(one.got[i], buf);
		assert_ptr_equal(one.got[i], two.got[i]);
	}
	/* the last release freed the slots; the strings stay in the arena */
	assert_null(t.slots);
	assert_int_equal(t.n, 0);
	strtab_unshare(&t);
	assert_string_equal(one.got[7], "table_7");
	arena_free(&mem);
}

/* A build that held the table and never released it (its read failed
 * first): strtab_unshare() frees what it left. */
static void test_unshare_frees_what_a_failed_build_held(void **state)
{
	(void)state;
	struct arena mem = ARENA_INIT;
	struct strtab t;
	strtab_init(&t, &mem);
	strtab_share(&t);
	strtab_hold(&t);
	assert_string_equal(strtab_intern(&t, "public"), "public");
	strtab_release(&t); /* the owner's */
	assert_non_null(t.slots);
	strtab_unshare(&t);
	assert_null(t.slots);
	arena_free(&mem);
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

/* Model objects take exactly their size, aligned for pointers: a 24-byte
 * struct follows another with no gap, after a string too. */
static void test_ptr_aligned_objects_are_packed(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	char *first = arena_alloc_ptr_aligned(&a, 24);
	char *second = arena_alloc_ptr_aligned(&a, 24);
	assert_int_equal(second - first, 24);
	arena_strdup(&a, "abc");
	uint64_t *third = arena_alloc_ptr_aligned(&a, 24);
	assert_int_equal((uintptr_t)third % 8, 0);
	assert_int_equal((char *)third - second, 32); /* 24, the string, up to 8 */
	assert_int_equal(third[0] | third[1] | third[2], 0);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_text_same_copy),
		cmocka_unit_test(test_prefixes_and_empty_are_distinct),
		cmocka_unit_test(test_many_strings_survive_growth),
		cmocka_unit_test(test_shared_table_one_copy_for_both),
		cmocka_unit_test(test_unshare_frees_what_a_failed_build_held),
		cmocka_unit_test(test_arena_alignment_after_strings),
		cmocka_unit_test(test_ptr_aligned_objects_are_packed),
	};
	return cmocka_run_group_tests_name("strtab", tests, NULL, NULL);
}
