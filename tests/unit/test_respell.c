/*
 * test_respell.c: the two rewrites between PostgreSQL's spellings of a
 * varchar IN-list (schema/respell.c).  The golden cases check that the
 * rewritten text makes the catalog's own tree on a real server; these pin
 * the shapes recognised, and that nothing else is touched.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "../../common/arena.h"
#include "../../schema/respell.h"

static void check_unrespell(const char *def, const char *want)
{
	struct arena a = ARENA_INIT;
	const char *got = unrespell(&a, def);
	if (want)
		assert_string_equal(got, want);
	else
		assert_null(got);
	arena_free(&a);
}

static void check_respell(const char *def, const char *want)
{
	struct arena a = ARENA_INIT;
	const char *got = respell_array_casts(&a, def);
	if (want)
		assert_string_equal(got, want);
	else
		assert_null(got);
	arena_free(&a);
}

static void test_in_list_on_a_column(void **state)
{
	(void)state;
	check_unrespell("CHECK (((s)::text = ANY ((ARRAY['a'::character varying, "
			"'b'::character varying])::text[])))",
			"CHECK ((s IN ('a'::character varying, 'b'::character varying)))");
	check_unrespell("CHECK (((s)::text <> ALL ((ARRAY['a'::character varying])::text[])))",
			"CHECK ((s NOT IN ('a'::character varying)))");
}

static void test_in_list_on_a_qualified_column(void **state)
{
	(void)state;
	/* a view's WHERE, a trigger's WHEN */
	check_unrespell("SELECT 1 WHERE ((orders.status)::text = ANY ((ARRAY['new'::character "
			"varying, 'paid'::character varying])::text[]))",
			"SELECT 1 WHERE (orders.status IN ('new'::character varying, "
			"'paid'::character varying))");
	check_unrespell("WHEN (((new.\"Status\")::text = ANY ((ARRAY['x'::character "
			"varying])::text[])))",
			"WHEN ((new.\"Status\" IN ('x'::character varying)))");
}

static void test_in_list_on_an_expression(void **state)
{
	(void)state;
	check_unrespell("CHECK ((((s)::character varying(5))::text = ANY ((ARRAY['a'::character "
			"varying, 'b'::character varying])::text[])))",
			"CHECK ((((s)::character varying(5)) IN ('a'::character varying, "
			"'b'::character varying)))");
}

static void test_in_list_element_cast_twice(void **state)
{
	(void)state;
	check_unrespell("CHECK (((s)::text = ANY ((ARRAY[('a'::text)::character varying, "
			"'b'::character varying])::text[])))",
			"CHECK ((s IN (('a'::text)::character varying, 'b'::character varying)))");
	check_respell("(ARRAY[('a'::text)::character varying, 'b'::character varying])::text[]",
		      "ARRAY[(('a'::text)::character varying)::text, "
		      "('b'::character varying)::text]");
}

static void test_other_text_untouched(void **state)
{
	(void)state;
	check_unrespell("CHECK ((a > 0))", NULL);
	/* the shape inside a literal is data */
	check_unrespell("CHECK ((s <> '((x)::text = ANY ((ARRAY[''a''::character "
			"varying])::text[]))'::text))",
			NULL);
	/* element types that do not match the array's are another tree */
	check_unrespell("CHECK (((s)::text = ANY ((ARRAY['a'::character varying])::name[])))",
			NULL);
	check_respell("ARRAY['a'::text, 'b'::text]", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_list_on_a_column),
		cmocka_unit_test(test_in_list_on_a_qualified_column),
		cmocka_unit_test(test_in_list_on_an_expression),
		cmocka_unit_test(test_in_list_element_cast_twice),
		cmocka_unit_test(test_other_text_untouched),
	};
	return cmocka_run_group_tests_name("respell: a varchar IN-list's two spellings", tests, NULL,
					   NULL);
}
