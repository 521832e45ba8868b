/*
 * test_quote.c: identifier and literal quoting (common/quote.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "../../common/arena.h"
#include "../../common/quote.h"
#include "../../common/strbuf.h"

/* sql_add_ident into a fresh strbuf, result copied to the arena */
static char *ident_via_strbuf(struct arena *a, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	sql_add_ident(&sb, name);
	char *s = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return s;
}

static char *literal_via_strbuf(struct arena *a, const char *value)
{
	struct strbuf sb = STRBUF_INIT;
	sql_add_literal(&sb, value);
	char *s = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return s;
}

static char *qualified_via_strbuf(struct arena *a, const char *schema, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	sql_add_qualified(&sb, schema, name);
	char *s = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return s;
}

/* Both entry points (strbuf and arena) must agree on an identifier. */
static void check_ident(const char *name, const char *want)
{
	struct arena a = ARENA_INIT;
	assert_string_equal(ident_via_strbuf(&a, name), want);
	assert_string_equal(quote_ident(&a, name), want);
	bool bare = strcmp(name, want) == 0;
	assert_int_equal(ident_needs_quotes(name), !bare);
	arena_free(&a);
}

static void check_literal(const char *value, const char *want)
{
	struct arena a = ARENA_INIT;
	assert_string_equal(literal_via_strbuf(&a, value), want);
	assert_string_equal(quote_literal(&a, value), want);
	arena_free(&a);
}

/* --- identifiers -------------------------------------------------------- */

static void test_plain_lowercase_stays_bare(void **state)
{
	(void)state;
	check_ident("users", "users");
	check_ident("t1", "t1");
	check_ident("_x", "_x");
	check_ident("a$b", "a$b");
	check_ident("snake_case_2", "snake_case_2");
	assert_false(ident_needs_quotes("users"));
}

static void test_upper_and_mixed_case_quoted(void **state)
{
	(void)state;
	check_ident("MyTable", "\"MyTable\"");
	check_ident("USERS", "\"USERS\"");
	check_ident("usersX", "\"usersX\"");
	assert_true(ident_needs_quotes("MyTable"));
}

static void test_spaces_and_punctuation_quoted(void **state)
{
	(void)state;
	check_ident("my table", "\"my table\"");
	check_ident("a-b", "\"a-b\"");
	check_ident("a.b", "\"a.b\"");
	check_ident(" x", "\" x\"");
}

static void test_embedded_double_quotes_doubled(void **state)
{
	(void)state;
	check_ident("we\"ird", "\"we\"\"ird\"");
	check_ident("\"", "\"\"\"\"");
	check_ident("\"\"", "\"\"\"\"\"\"");
}

static void test_leading_digit_or_dollar_quoted(void **state)
{
	(void)state;
	check_ident("1abc", "\"1abc\"");
	check_ident("9", "\"9\"");
	check_ident("$x", "\"$x\"");
}

static void test_empty_string_quoted(void **state)
{
	(void)state;
	assert_true(ident_needs_quotes(""));
	check_ident("", "\"\"");
}

static void test_reserved_keywords_quoted(void **state)
{
	(void)state;
	static const char *const reserved[] = { "select", "order", "user", "table",
						"from", "group", "check", "where",
						"primary", "references" };
	for (size_t i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++) {
		char want[64];
		snprintf(want, sizeof(want), "\"%s\"", reserved[i]);
		check_ident(reserved[i], want);
	}
}

static void test_unreserved_keywords_stay_bare(void **state)
{
	(void)state;
	static const char *const unreserved[] = { "name", "text", "data", "action", "key",
						  "comment", "owner", "version" };
	for (size_t i = 0; i < sizeof(unreserved) / sizeof(unreserved[0]); i++)
		check_ident(unreserved[i], unreserved[i]);
}

static void test_column_name_and_type_func_keywords_quoted(void **state)
{
	(void)state;
	/* not "reserved" in the narrow sense, but not usable bare everywhere */
	check_ident("int", "\"int\"");      /* col_name keyword */
	check_ident("left", "\"left\"");    /* type_func_name keyword */
	check_ident("between", "\"between\"");
}

static void test_unicode_quoted(void **state)
{
	(void)state;
	check_ident("café", "\"café\"");
	check_ident("名前", "\"名前\"");
	check_ident("ü", "\"ü\"");
}

static void test_hostile_name(void **state)
{
	(void)state;
	check_ident("x\"; DROP TABLE victim; --", "\"x\"\"; DROP TABLE victim; --\"");
}

static void test_qualified(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	assert_string_equal(qualified_via_strbuf(&a, "public", "users"), "public.users");
	assert_string_equal(qualified_via_strbuf(&a, NULL, "users"), "users");
	assert_string_equal(qualified_via_strbuf(&a, "App", "order"), "\"App\".\"order\"");
	assert_string_equal(qualified_via_strbuf(&a, "my schema", "we\"ird"),
			    "\"my schema\".\"we\"\"ird\"");
	assert_string_equal(quote_qualified(&a, "app", "MyTable"), "app.\"MyTable\"");
	assert_string_equal(quote_qualified(&a, NULL, "select"), "\"select\"");
	/* a dot inside a name is part of the name, not a separator */
	assert_string_equal(quote_qualified(&a, "a.b", "c"), "\"a.b\".c");
	arena_free(&a);
}

static void test_ident_appends(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "SELECT ");
	sql_add_ident(&sb, "Col");
	strbuf_adds(&sb, " FROM ");
	sql_add_qualified(&sb, "s", "t");
	assert_string_equal(sb.buf, "SELECT \"Col\" FROM s.t");
	assert_int_equal(sb.len, strlen("SELECT \"Col\" FROM s.t"));
	strbuf_release(&sb);
}

/* --- literals ------------------------------------------------------------ */

static void test_literal_plain(void **state)
{
	(void)state;
	check_literal("hello", "'hello'");
	check_literal("", "''");
	check_literal("with \"double\" quotes", "'with \"double\" quotes'");
}

static void test_literal_single_quote_doubled(void **state)
{
	(void)state;
	check_literal("O'Reilly", "'O''Reilly'");
	check_literal("'", "''''");
	check_literal("''", "''''''");
}

static void test_literal_backslash_uses_e_string(void **state)
{
	(void)state;
	check_literal("a\\b", "E'a\\\\b'");
	check_literal("\\", "E'\\\\'");
	check_literal("it's a\\b", "E'it''s a\\\\b'");
}

static void test_literal_unicode_kept(void **state)
{
	(void)state;
	check_literal("café", "'café'");
	check_literal("名前", "'名前'");
}

static void test_literal_hostile(void **state)
{
	(void)state;
	check_literal("'; DROP TABLE victim; --", "'''; DROP TABLE victim; --'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_lowercase_stays_bare),
		cmocka_unit_test(test_upper_and_mixed_case_quoted),
		cmocka_unit_test(test_spaces_and_punctuation_quoted),
		cmocka_unit_test(test_embedded_double_quotes_doubled),
		cmocka_unit_test(test_leading_digit_or_dollar_quoted),
		cmocka_unit_test(test_empty_string_quoted),
		cmocka_unit_test(test_reserved_keywords_quoted),
		cmocka_unit_test(test_unreserved_keywords_stay_bare),
		cmocka_unit_test(test_column_name_and_type_func_keywords_quoted),
		cmocka_unit_test(test_unicode_quoted),
		cmocka_unit_test(test_hostile_name),
		cmocka_unit_test(test_qualified),
		cmocka_unit_test(test_ident_appends),
		cmocka_unit_test(test_literal_plain),
		cmocka_unit_test(test_literal_single_quote_doubled),
		cmocka_unit_test(test_literal_backslash_uses_e_string),
		cmocka_unit_test(test_literal_unicode_kept),
		cmocka_unit_test(test_literal_hostile),
	};
	return cmocka_run_group_tests_name("quote: identifiers and literals", tests, NULL, NULL);
}
