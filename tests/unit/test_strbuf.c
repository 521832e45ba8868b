/*
 * test_strbuf.c: the string builder (common/strbuf.c) and the arena
 * (common/arena.c).
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

#include "../../common/arena.h"
#include "../../common/strbuf.h"

/* --- strbuf --------------------------------------------------------------- */

static void test_init_is_empty_not_null(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	assert_non_null(sb.buf);
	assert_int_equal(sb.len, 0);
	assert_string_equal(sb.buf, "");
	assert_int_equal(strlen(sb.buf), 0);
	/* releasing a never-used buffer is harmless and keeps it valid */
	strbuf_release(&sb);
	assert_non_null(sb.buf);
	assert_string_equal(sb.buf, "");
	/* reset and rtrim on an untouched buffer keep it valid too */
	strbuf_reset(&sb);
	strbuf_rtrim(&sb);
	assert_non_null(sb.buf);
	assert_string_equal(sb.buf, "");
	assert_int_equal(sb.len, 0);
}

static void test_add_variants(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "abc");
	strbuf_addch(&sb, '-');
	strbuf_add(&sb, "xyz123", 3);
	strbuf_addf(&sb, "%d/%s", 42, "q");
	assert_string_equal(sb.buf, "abc-xyz42/q");
	assert_int_equal(sb.len, 11);
	assert_true(sb.alloc > sb.len);
	strbuf_release(&sb);
}

/* Grow with addf past several sizes; the text must always be exactly what
 * was added, NUL-terminated, with len counting every byte but the NUL. */
static void grow_to(size_t target)
{
	struct strbuf sb = STRBUF_INIT;
	char *expect = malloc(target + 64);
	assert_non_null(expect);
	size_t n = 0;
	unsigned i = 0;
	while (n < target) {
		char piece[32];
		int w = snprintf(piece, sizeof(piece), "%u,", i);
		strbuf_addf(&sb, "%u,", i);
		memcpy(expect + n, piece, (size_t)w);
		n += (size_t)w;
		expect[n] = '\0';
		i++;
		assert_int_equal(sb.len, n);
		assert_int_equal(sb.buf[sb.len], '\0');
		assert_true(sb.alloc > sb.len);
	}
	assert_true(sb.len >= target);
	assert_int_equal(strlen(sb.buf), sb.len);
	assert_memory_equal(sb.buf, expect, n + 1);
	free(expect);
	strbuf_release(&sb);
}

static void test_addf_growth_64(void **state)
{
	(void)state;
	grow_to(65);
}

static void test_addf_growth_1000(void **state)
{
	(void)state;
	grow_to(1001);
}

static void test_addf_growth_100000(void **state)
{
	(void)state;
	grow_to(100001);
}

static void test_addf_single_large(void **state)
{
	(void)state;
	/* one addf bigger than the first block, and exactly at the boundary */
	for (size_t size = 60; size <= 70; size++) {
		struct strbuf sb = STRBUF_INIT;
		char *big = malloc(size + 1);
		assert_non_null(big);
		memset(big, 'x', size);
		big[size] = '\0';
		strbuf_addf(&sb, "%s", big);
		assert_int_equal(sb.len, size);
		assert_string_equal(sb.buf, big);
		strbuf_addf(&sb, "%s", "!");
		assert_int_equal(sb.len, size + 1);
		assert_int_equal(sb.buf[size], '!');
		assert_int_equal(sb.buf[size + 1], '\0');
		free(big);
		strbuf_release(&sb);
	}
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%0200000d", 7);
	assert_int_equal(sb.len, 200000);
	assert_int_equal(sb.buf[199999], '7');
	assert_int_equal(sb.buf[0], '0');
	assert_int_equal(sb.buf[200000], '\0');
	strbuf_release(&sb);
}

static void test_reset_keeps_usable(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "some text that is long enough");
	size_t alloc = sb.alloc;
	strbuf_reset(&sb);
	assert_int_equal(sb.len, 0);
	assert_string_equal(sb.buf, "");
	assert_int_equal(sb.alloc, alloc); /* memory kept */
	strbuf_addf(&sb, "%s=%d", "k", 1);
	assert_string_equal(sb.buf, "k=1");
	assert_int_equal(sb.len, 3);
	strbuf_release(&sb);
}

static void test_release_back_to_init(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	struct strbuf init = STRBUF_INIT;
	strbuf_adds(&sb, "hello");
	assert_ptr_not_equal(sb.buf, init.buf);
	strbuf_release(&sb);
	assert_ptr_equal(sb.buf, init.buf);
	assert_int_equal(sb.len, 0);
	assert_int_equal(sb.alloc, 0);
	assert_string_equal(sb.buf, "");
	/* and usable again afterwards */
	strbuf_adds(&sb, "again");
	assert_string_equal(sb.buf, "again");
	strbuf_release(&sb);
	/* the shared empty buffer was never written to */
	assert_string_equal(init.buf, "");
}

static void test_to_arena_copies_and_resets(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "first");
	char *s1 = strbuf_to_arena(&sb, &a);
	assert_string_equal(s1, "first");
	assert_ptr_not_equal(s1, sb.buf);
	assert_int_equal(sb.len, 0);
	assert_string_equal(sb.buf, "");
	strbuf_adds(&sb, "second");
	char *s2 = strbuf_to_arena(&sb, &a);
	assert_string_equal(s2, "second");
	assert_string_equal(s1, "first"); /* the first copy is independent */
	strbuf_release(&sb);
	/* an untouched buffer gives an empty arena string */
	struct strbuf empty = STRBUF_INIT;
	char *s3 = strbuf_to_arena(&empty, &a);
	assert_non_null(s3);
	assert_string_equal(s3, "");
	assert_string_equal(s1, "first");
	assert_string_equal(s2, "second");
	arena_free(&a);
}

static void test_to_arena_embedded_nul(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct strbuf sb = STRBUF_INIT;
	strbuf_add(&sb, "ab\0cd", 5);
	assert_int_equal(sb.len, 5);
	char *s = strbuf_to_arena(&sb, &a);
	assert_memory_equal(s, "ab\0cd", 6);
	strbuf_release(&sb);
	arena_free(&a);
}

static void test_rtrim(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "  keep leading  \t\r\n \n");
	strbuf_rtrim(&sb);
	assert_string_equal(sb.buf, "  keep leading");
	assert_int_equal(sb.len, strlen("  keep leading"));
	strbuf_rtrim(&sb); /* idempotent */
	assert_string_equal(sb.buf, "  keep leading");
	strbuf_reset(&sb);
	strbuf_adds(&sb, " \t\n");
	strbuf_rtrim(&sb);
	assert_int_equal(sb.len, 0);
	assert_string_equal(sb.buf, "");
	strbuf_adds(&sb, "x;");
	strbuf_rtrim(&sb);
	assert_string_equal(sb.buf, "x;");
	strbuf_release(&sb);
}

/* --- arena ---------------------------------------------------------------- */

static bool all_zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return false;
	return true;
}

static bool overlaps(const unsigned char *p, size_t pn, const unsigned char *q, size_t qn)
{
	return p < q + qn && q < p + pn;
}

static void test_arena_many_allocations(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	enum { N = 3000 };
	unsigned char **ptr = calloc(N, sizeof(*ptr));
	size_t *len = calloc(N, sizeof(*len));
	assert_non_null(ptr);
	assert_non_null(len);
	for (size_t i = 0; i < N; i++) {
		/* mixed sizes, including zero, odd, > a quarter block and > 64 KiB */
		size_t n = i % 7 == 0 ? 0 : (i * 37) % 500 + 1;
		if (i == 100)
			n = 20000;
		if (i == 200)
			n = 70000;
		if (i == 2000)
			n = 200 * 1024;
		ptr[i] = arena_alloc(&a, n);
		len[i] = n;
		assert_non_null(ptr[i]);
		assert_true(all_zero(ptr[i], n));
		assert_int_equal((uintptr_t)ptr[i] % 16, 0);
		memset(ptr[i], (int)(i % 251) + 1, n); /* dirty it for the next checks */
	}
	/* each allocation kept its own bytes: no two overlap */
	for (size_t i = 0; i < N; i++)
		for (size_t k = 0; k < len[i]; k++)
			if (ptr[i][k] != (unsigned char)(i % 251 + 1))
				fail_msg("allocation %zu byte %zu was overwritten", i, k);
	/* spot-check distinctness of the large ones against all others */
	size_t big[] = { 100, 200, 2000 };
	for (size_t b = 0; b < 3; b++)
		for (size_t i = 0; i < N; i++)
			if (i != big[b] && len[i])
				assert_false(overlaps(ptr[big[b]], len[big[b]], ptr[i], len[i]));
	/* zero-size allocations are still distinct pointers */
	assert_ptr_not_equal(ptr[0], ptr[7]);
	free(ptr);
	free(len);
	arena_free(&a);
	assert_null(a.head);
}

static void test_arena_large_first(void **state)
{
	(void)state;
	/* a big allocation into an empty arena, then small ones after it */
	struct arena a = ARENA_INIT;
	unsigned char *big = arena_alloc(&a, 100 * 1024);
	assert_true(all_zero(big, 100 * 1024));
	memset(big, 0xAB, 100 * 1024);
	unsigned char *small = arena_alloc(&a, 32);
	assert_true(all_zero(small, 32));
	assert_false(overlaps(big, 100 * 1024, small, 32));
	unsigned char *big2 = arena_alloc(&a, 65 * 1024);
	assert_true(all_zero(big2, 65 * 1024));
	assert_false(overlaps(big, 100 * 1024, big2, 65 * 1024));
	assert_int_equal(big[100 * 1024 - 1], 0xAB);
	arena_free(&a);
}

static void test_arena_strdup(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	char src[] = "hello";
	char *d = arena_strdup(&a, src);
	assert_string_equal(d, "hello");
	assert_ptr_not_equal(d, src);
	src[0] = 'j';
	assert_string_equal(d, "hello");
	assert_null(arena_strdup(&a, NULL));
	char *n = arena_strndup(&a, "abcdef", 3);
	assert_string_equal(n, "abc");
	arena_free(&a);
}

static void test_arena_printf(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	char *s = arena_printf(&a, "%s.%s:%d", "public", "users", 7);
	assert_string_equal(s, "public.users:7");
	char *e = arena_printf(&a, "%s", "");
	assert_string_equal(e, "");
	char *big = arena_printf(&a, "%0100000d", 5);
	assert_int_equal(strlen(big), 100000);
	assert_int_equal(big[99999], '5');
	assert_string_equal(s, "public.users:7");
	arena_free(&a);
}

static void test_arena_grow_keeps_contents(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	int *v = NULL;
	size_t n = 0, cap = 0;
	for (int i = 0; i < 50000; i++) {
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 4;
			int *nv = arena_grow(&a, v, n, nc, sizeof(*v));
			/* new room is zeroed */
			for (size_t k = n; k < nc; k++)
				assert_int_equal(nv[k], 0);
			v = nv;
			cap = nc;
		}
		v[n++] = i * 3;
	}
	for (size_t i = 0; i < n; i++)
		if (v[i] != (int)i * 3)
			fail_msg("element %zu lost: %d", i, v[i]);
	/* growing from NULL with old_n 0 works */
	int *fresh = arena_grow(&a, NULL, 0, 10, sizeof(int));
	for (int i = 0; i < 10; i++)
		assert_int_equal(fresh[i], 0);
	arena_free(&a);
}

/* A grown array kept by an arena keeps its contents, is freed with the
 * arena, and leaves the arena usable, whether or not it was empty. */
static void test_arena_array_kept_and_dropped(void **state)
{
	(void)state;
	for (int empty_first = 0; empty_first < 2; empty_first++) {
		struct arena a = ARENA_INIT;
		if (!empty_first)
			arena_strdup(&a, "before");
		size_t *v = NULL, cap = 0;
		for (size_t i = 0; i < 100000; i++) {
			if (i == cap) {
				cap = cap ? 2 * cap : 4;
				v = arena_array_grow(v, cap * sizeof(*v));
			}
			v[i] = i * 3;
		}
		arena_array_keep(&a, v);
		for (int k = 0; k < 1000; k++) {
			uint64_t *p = arena_alloc(&a, 24);
			assert_int_equal((uintptr_t)p % 16, 0);
			assert_int_equal(p[2], 0);
			p[2] = 1;
		}
		for (size_t i = 0; i < 100000; i++)
			assert_int_equal(v[i], i * 3);
		arena_free(&a); /* valgrind: the array goes with it */
	}
	arena_array_drop(NULL);
	arena_array_drop(arena_array_grow(NULL, 64));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init_is_empty_not_null),
		cmocka_unit_test(test_add_variants),
		cmocka_unit_test(test_addf_growth_64),
		cmocka_unit_test(test_addf_growth_1000),
		cmocka_unit_test(test_addf_growth_100000),
		cmocka_unit_test(test_addf_single_large),
		cmocka_unit_test(test_reset_keeps_usable),
		cmocka_unit_test(test_release_back_to_init),
		cmocka_unit_test(test_to_arena_copies_and_resets),
		cmocka_unit_test(test_to_arena_embedded_nul),
		cmocka_unit_test(test_rtrim),
		cmocka_unit_test(test_arena_many_allocations),
		cmocka_unit_test(test_arena_large_first),
		cmocka_unit_test(test_arena_strdup),
		cmocka_unit_test(test_arena_printf),
		cmocka_unit_test(test_arena_grow_keeps_contents),
		cmocka_unit_test(test_arena_array_kept_and_dropped),
	};
	return cmocka_run_group_tests_name("strbuf and arena", tests, NULL, NULL);
}
