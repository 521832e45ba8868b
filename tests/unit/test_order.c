/*
 * test_order.c: load order of the desired-state statements
 * (parser/order.c, with the names from parser/names.c).
 *
 * Statements are written in the wrong order into a temporary file, parsed
 * with parse_sources() and sorted with order_statements(); the result is
 * checked through each statement's SQL text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../common/arena.h"
#include "../../common/error.h"
#include "../../parser/source.h"
#include "../../parser/statement.h"

struct fixture {
	char dir[64];
	struct arena a;
	int nfiles;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	if (!fx)
		return -1;
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/sd_test_order_XXXXXX");
	if (!mkdtemp(fx->dir)) {
		free(fx);
		return -1;
	}
	*state = fx;
	return 0;
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	arena_free(&fx->a);
	int rc = nftw(fx->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(fx);
	return rc;
}

/* Parse text (one file) into a statement list, in input order. */
static struct statement_list parse_text(struct fixture *fx, const char *text)
{
	char *path = arena_printf(&fx->a, "%s/f%d.sql", fx->dir, fx->nfiles++);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
	const char *paths[] = { path };
	struct source_set src;
	struct statement_list l = { 0 };
	struct sd_error err = { 0 };
	if (source_load(&fx->a, paths, 1, &src, &err) < 0 ||
	    parse_sources(&fx->a, &src, &l, &err) < 0)
		fail_msg("%s:%d:%d: %s", err.file, err.line, err.col, err.message);
	return l;
}

static struct statement_list ordered(struct fixture *fx, const char *text)
{
	struct statement_list l = parse_text(fx, text);
	order_statements(&fx->a, &l);
	return l;
}

/* Index of the one statement whose SQL starts with prefix. */
static size_t pos_of(const struct statement_list *l, const char *prefix)
{
	size_t hit = l->n;
	for (size_t i = 0; i < l->n; i++) {
		if (strncmp(l->v[i].sql, prefix, strlen(prefix)))
			continue;
		if (hit != l->n)
			fail_msg("more than one statement starts with \"%s\"", prefix);
		hit = i;
	}
	if (hit == l->n)
		fail_msg("no statement starts with \"%s\"", prefix);
	return hit;
}

static void print_order(const struct statement_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		fprintf(stderr, "  %zu: %s\n", i, l->v[i].sql);
}

/* first must come before second */
static void assert_before(const struct statement_list *l, const char *first, const char *second)
{
	size_t a = pos_of(l, first), b = pos_of(l, second);
	if (a >= b) {
		print_order(l);
		fail_msg("\"%s\" (at %zu) should come before \"%s\" (at %zu)", first, a, second, b);
	}
}

/* Every input statement appears exactly once in the output. */
static void assert_permutation(const struct statement_list *in, const struct statement_list *out)
{
	assert_int_equal(in->n, out->n);
	for (size_t i = 0; i < in->n; i++) {
		size_t seen = 0;
		for (size_t j = 0; j < out->n; j++)
			if (out->v[j].seq == in->v[i].seq && !strcmp(out->v[j].sql, in->v[i].sql))
				seen++;
		if (seen != 1)
			fail_msg("\"%s\" appears %zu times", in->v[i].sql, seen);
	}
}

/* --- creator before user --------------------------------------------------- */

static void test_view_after_its_table(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE VIEW v AS SELECT id FROM t;\n"
					      "CREATE TABLE t (id int);\n");
	assert_before(&l, "CREATE TABLE t", "CREATE VIEW v");
}

static void test_view_chain(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE VIEW v3 AS SELECT * FROM v2;\n"
					      "CREATE VIEW v2 AS SELECT * FROM v1;\n"
					      "CREATE VIEW v1 AS SELECT * FROM t;\n"
					      "CREATE TABLE t (id int);\n");
	assert_int_equal(pos_of(&l, "CREATE TABLE t"), 0);
	assert_int_equal(pos_of(&l, "CREATE VIEW v1"), 1);
	assert_int_equal(pos_of(&l, "CREATE VIEW v2"), 2);
	assert_int_equal(pos_of(&l, "CREATE VIEW v3"), 3);
}

static void test_fk_table_after_referenced_table(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx,
					  "CREATE TABLE orders (id int PRIMARY KEY, "
					  "customer_id int REFERENCES customers (id));\n"
					  "CREATE TABLE customers (id int PRIMARY KEY);\n");
	assert_before(&l, "CREATE TABLE customers", "CREATE TABLE orders");
}

static void test_index_after_its_table(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE INDEX t_id_idx ON t (id);\n"
					      "CREATE UNIQUE INDEX t_u ON app.u (id);\n"
					      "CREATE TABLE app.u (id int);\n"
					      "CREATE TABLE t (id int);\n"
					      "CREATE SCHEMA app;\n");
	assert_before(&l, "CREATE TABLE t", "CREATE INDEX t_id_idx");
	assert_before(&l, "CREATE TABLE app.u", "CREATE UNIQUE INDEX t_u");
	assert_before(&l, "CREATE SCHEMA app", "CREATE TABLE app.u");
}

static void test_enum_before_table_using_it(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE TABLE t (id int, m mood, ms mood[]);\n"
					      "CREATE TYPE mood AS ENUM ('sad', 'happy');\n");
	assert_before(&l, "CREATE TYPE mood", "CREATE TABLE t");
}

static void test_schema_before_its_objects(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE TABLE app.t (id int);\n"
					      "CREATE TYPE app.e AS ENUM ('x');\n"
					      "CREATE SCHEMA app;\n");
	assert_int_equal(pos_of(&l, "CREATE SCHEMA app"), 0);
	/* input order kept: a CREATE in app does not create app itself */
	assert_before(&l, "CREATE TABLE app.t", "CREATE TYPE app.e");
}

/* A function taking a composite type once looked like a cycle (its CREATE
 * claimed the schema the type names), and the breaker then released the
 * earliest statement: the COMMENT, before its table existed. */
static void test_cycle_breaker_keeps_a_waiting_statement_waiting(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "COMMENT ON TABLE public.t IS 'x';\n"
					      "CREATE TYPE public.line AS (qty int);\n"
					      "CREATE FUNCTION public.lt(l public.line[]) RETURNS int "
					      "LANGUAGE sql AS 'SELECT 1';\n"
					      "CREATE TABLE public.t (a int);\n");
	assert_before(&l, "CREATE TABLE public.t", "COMMENT ON TABLE public.t");
	assert_before(&l, "CREATE TYPE public.line", "CREATE FUNCTION public.lt");
}

static void test_sequence_before_default_using_it(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx,
					  "CREATE TABLE t (id int DEFAULT nextval('s'));\n"
					  "CREATE TABLE u (id int DEFAULT nextval('app.s2'));\n"
					  "CREATE SEQUENCE app.s2;\n"
					  "CREATE SEQUENCE s;\n"
					  "CREATE SCHEMA app;\n");
	assert_before(&l, "CREATE SEQUENCE s", "CREATE TABLE t");
	assert_before(&l, "CREATE SEQUENCE app.s2", "CREATE TABLE u");
}

/*
 * Regression (was a bug in parser/names.c, add_regclass_literal, now fixed): nextval() is only recognised
 * when its argument is a bare string constant.  The form PostgreSQL itself
 * prints (and pg_dump writes), nextval('s'::regclass), puts the constant
 * under a TypeCast node and is missed, so no edge to CREATE SEQUENCE s.
 *   input:    CREATE TABLE t (id int DEFAULT nextval('s'::regclass));
 *             CREATE SEQUENCE s;
 *   expected: CREATE SEQUENCE s first
 *   actual:   CREATE TABLE t first (fails in the shadow: relation "s" does
 *             not exist)
 */
static void test_sequence_before_default_with_regclass_cast(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx,
					  "CREATE TABLE t (id int DEFAULT nextval('s'::regclass));\n"
					  "CREATE SEQUENCE s;\n");
	assert_before(&l, "CREATE SEQUENCE s", "CREATE TABLE t");
}

/*
 * Regression (was a bug in parser/names.c, add_regclass_literal, now fixed): the sequence name inside the
 * string is used verbatim, but PostgreSQL case-folds it like any identifier
 * (regclass input), while CREATE SEQUENCE's name was folded by the parser.
 *   input:    CREATE TABLE t (id int DEFAULT nextval('MySeq'));
 *             CREATE SEQUENCE MySeq;
 *   expected: CREATE SEQUENCE MySeq first ('MySeq' and MySeq both mean myseq)
 *   actual:   "r:public.MySeq" never matches "r:public.myseq": table first
 */
static void test_sequence_name_in_nextval_is_case_folded(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE TABLE t (id int DEFAULT nextval('MySeq'));\n"
					      "CREATE SEQUENCE MySeq;\n");
	assert_before(&l, "CREATE SEQUENCE MySeq", "CREATE TABLE t");
}

/*
 * Regression (was a bug in parser/names.c, add_regclass_literal, now fixed): same cause for a quoted name.
 *   input:    CREATE TABLE u (id int DEFAULT nextval('"Q"'));
 *             CREATE SEQUENCE "Q";
 *   expected: CREATE SEQUENCE "Q" first
 *   actual:   the reference is recorded as r:public."Q" (quotes kept), the
 *             sequence creates r:public.Q: no edge, table first
 */
static void test_sequence_name_in_nextval_quoted(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE TABLE u (id int DEFAULT nextval('\"Q\"'));\n"
					      "CREATE SEQUENCE \"Q\";\n");
	assert_before(&l, "CREATE SEQUENCE \"Q\"", "CREATE TABLE u");
}

static void test_trigger_after_function_and_table(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(
		fx,
		"CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();\n"
		"CREATE TABLE t (id int, updated_at timestamptz);\n"
		"CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS\n"
		"$$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;\n");
	assert_before(&l, "CREATE FUNCTION touch", "CREATE TRIGGER t_touch");
	assert_before(&l, "CREATE TABLE t", "CREATE TRIGGER t_touch");
}

static void test_trigger_firing_after_its_trigger(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(
		fx,
		"ALTER TABLE public.t DISABLE TRIGGER t_touch;\n"
		"CREATE TABLE t (id int, updated_at timestamptz);\n"
		"CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();\n"
		"CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS\n"
		"$$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;\n");
	assert_before(&l, "CREATE TRIGGER t_touch", "ALTER TABLE public.t DISABLE TRIGGER");
}

static void test_function_before_its_users(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx,
					  "CREATE TABLE t (id int CHECK (is_ok(id)));\n"
					  "CREATE VIEW v AS SELECT app.twice(1) AS x;\n"
					  "CREATE FUNCTION app.twice(int) RETURNS int LANGUAGE sql AS 'SELECT $1 * 2';\n"
					  "CREATE FUNCTION is_ok(int) RETURNS bool LANGUAGE sql AS 'SELECT true';\n"
					  "CREATE SCHEMA app;\n");
	assert_before(&l, "CREATE FUNCTION is_ok", "CREATE TABLE t");
	assert_before(&l, "CREATE FUNCTION app.twice", "CREATE VIEW v");
	assert_before(&l, "CREATE SCHEMA app", "CREATE FUNCTION app.twice");
}

static void test_extension_written_last_loads_early(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE TABLE t (id int, email citext);\n"
					      "CREATE INDEX t_email ON t (email);\n"
					      "CREATE SCHEMA app;\n"
					      "CREATE EXTENSION citext;\n");
	/* schemas first, then extensions, then everything else */
	assert_int_equal(pos_of(&l, "CREATE SCHEMA app"), 0);
	assert_int_equal(pos_of(&l, "CREATE EXTENSION citext"), 1);
	assert_int_equal(pos_of(&l, "CREATE TABLE t"), 2);
	assert_int_equal(pos_of(&l, "CREATE INDEX t_email"), 3);
}

static void test_alter_fk_after_alter_pk(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(
		fx,
		"ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) "
		"REFERENCES customers (id);\n"
		"CREATE TABLE orders (id int, customer_id int);\n"
		"CREATE TABLE customers (id int);\n"
		"ALTER TABLE orders ADD PRIMARY KEY (id);\n"
		"ALTER TABLE customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);\n"
		"CREATE TABLE later (id int);\n");
	assert_before(&l, "ALTER TABLE customers ADD CONSTRAINT customers_pkey",
		      "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk");
	assert_before(&l, "CREATE TABLE orders", "ALTER TABLE orders ADD PRIMARY KEY");
	assert_before(&l, "CREATE TABLE customers", "ALTER TABLE customers");
	/* foreign keys load after everything else */
	assert_int_equal(pos_of(&l, "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk"), l.n - 1);
}

static void test_inline_fk_waits_for_later_key(void **state)
{
	struct fixture *fx = *state;
	/* the referenced key is added by a later ALTER TABLE / unique index */
	struct statement_list l = ordered(fx,
					  "CREATE TABLE a (b_id int REFERENCES b (id));\n"
					  "CREATE TABLE c (b_code text REFERENCES b (code));\n"
					  "CREATE TABLE b (id int, code text);\n"
					  "CREATE UNIQUE INDEX b_code_key ON b (code);\n"
					  "ALTER TABLE b ADD PRIMARY KEY (id);\n");
	assert_before(&l, "ALTER TABLE b ADD PRIMARY KEY", "CREATE TABLE a");
	assert_before(&l, "CREATE UNIQUE INDEX b_code_key", "CREATE TABLE c");
	assert_before(&l, "CREATE TABLE b", "CREATE UNIQUE INDEX b_code_key");
}

/* COMMENT ON names its target as a list of strings, not a RangeVar. */
static void test_comment_after_its_target(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "COMMENT ON TABLE t IS 'the t';\n"
					      "COMMENT ON COLUMN app.u.id IS 'the id';\n"
					      "COMMENT ON FUNCTION f(int) IS 'the f';\n"
					      "CREATE TABLE t (id int);\n"
					      "CREATE TABLE app.u (id int);\n"
					      "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
					      "CREATE SCHEMA app;\n");
	assert_before(&l, "CREATE TABLE t", "COMMENT ON TABLE t");
	assert_before(&l, "CREATE TABLE app.u", "COMMENT ON COLUMN app.u.id");
	assert_before(&l, "CREATE FUNCTION f", "COMMENT ON FUNCTION f");
}

/* A comment on a foreign key added by ALTER TABLE waits for that key, and
 * takes its priority: a loader running one priority at a time would
 * otherwise hold the key back until the comment ran, and the comment
 * until the key existed.  A named inline constraint is found too. */
static void test_comment_on_constraint_after_the_constraint(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(
		fx,
		"CREATE TABLE a (id int PRIMARY KEY);\n"
		"CREATE TABLE b (a_id int, n int CONSTRAINT b_n_positive CHECK (n > 0));\n"
		"COMMENT ON CONSTRAINT b_a_fk ON b IS 'the parent';\n"
		"COMMENT ON CONSTRAINT b_n_positive ON public.b IS 'positive';\n"
		"ALTER TABLE b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES a (id);\n"
		"CREATE TABLE later (id int);\n");
	assert_before(&l, "ALTER TABLE b ADD CONSTRAINT b_a_fk", "COMMENT ON CONSTRAINT b_a_fk");
	assert_before(&l, "CREATE TABLE b", "COMMENT ON CONSTRAINT b_n_positive");
	assert_int_equal(l.v[pos_of(&l, "COMMENT ON CONSTRAINT b_a_fk")].priority,
			 LOAD_FOREIGN_KEY);
	assert_int_equal(l.v[pos_of(&l, "COMMENT ON CONSTRAINT b_n_positive")].priority,
			 LOAD_DEFAULT);
	/* no statement waits on a later one or on a higher priority */
	for (size_t i = 0; i < l.n; i++)
		for (size_t k = 0; k < l.v[i].n_after; k++) {
			assert_true(l.v[i].after[k] < i);
			assert_true(l.v[l.v[i].after[k]].priority <= l.v[i].priority);
		}
}

/*
 * Regression (was a bug in parser/names.c, now fixed): ALTER TYPE ... ADD VALUE holds its type as a plain
 * list of strings (AlterEnumStmt.typeName), which the walk does not read,
 * so no reference to the type is recorded.
 *   input:    ALTER TYPE mood ADD VALUE 'meh';
 *             CREATE TYPE mood AS ENUM ('sad', 'happy');
 *   expected: CREATE TYPE mood first
 *   actual:   ALTER TYPE mood first (type "mood" does not exist)
 */
static void test_alter_type_after_create_type(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "ALTER TYPE mood ADD VALUE 'meh';\n"
					      "CREATE TYPE mood AS ENUM ('sad', 'happy');\n");
	assert_before(&l, "CREATE TYPE mood", "ALTER TYPE mood");
}

/*
 * Regression (was a bug in parser/names.c, now fixed): ALTER SEQUENCE ... OWNED BY t.col names the table in
 * a DefElem's string list, so no reference to table t is recorded.
 *   input:    CREATE SEQUENCE s;
 *             ALTER SEQUENCE s OWNED BY t.id;
 *             CREATE TABLE t (id int);
 *   expected: CREATE TABLE t before ALTER SEQUENCE s OWNED BY t.id
 *   actual:   input order kept (relation "t" does not exist)
 */
static void test_sequence_owned_by_after_its_table(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE SEQUENCE s;\n"
					      "ALTER SEQUENCE s OWNED BY t.id;\n"
					      "CREATE TABLE t (id int);\n");
	assert_before(&l, "CREATE SEQUENCE s", "ALTER SEQUENCE s");
	assert_before(&l, "CREATE TABLE t", "ALTER SEQUENCE s");
}

static void test_quoted_and_folded_names_match(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE VIEW v1 AS SELECT * FROM \"MyTable\";\n"
					      "CREATE VIEW v2 AS SELECT * FROM Plain;\n"
					      "CREATE TABLE plain (id int);\n"
					      "CREATE TABLE \"MyTable\" (id int);\n");
	assert_before(&l, "CREATE TABLE \"MyTable\"", "CREATE VIEW v1");
	assert_before(&l, "CREATE TABLE plain", "CREATE VIEW v2");
}

static void test_public_qualified_matches_unqualified(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE VIEW v AS SELECT * FROM public.t;\n"
					      "CREATE TABLE t (id int);\n"
					      "CREATE VIEW w AS SELECT * FROM u;\n"
					      "CREATE TABLE public.u (id int);\n");
	assert_before(&l, "CREATE TABLE t", "CREATE VIEW v");
	assert_before(&l, "CREATE TABLE public.u", "CREATE VIEW w");
}

static void test_same_name_in_other_schema_is_not_a_dependency(void **state)
{
	struct fixture *fx = *state;
	/* app.t is not public.t: the view on public.t need not wait for app.t */
	struct statement_list l = ordered(fx, "CREATE TABLE t (id int);\n"
					      "CREATE VIEW v AS SELECT * FROM t;\n"
					      "CREATE TABLE app.t (id int);\n"
					      "CREATE SCHEMA app;\n");
	assert_int_equal(pos_of(&l, "CREATE SCHEMA app"), 0);
	assert_int_equal(pos_of(&l, "CREATE TABLE t"), 1);
	assert_int_equal(pos_of(&l, "CREATE VIEW v"), 2);
	assert_int_equal(pos_of(&l, "CREATE TABLE app.t"), 3);
}

/* --- stability, cycles, determinism --------------------------------------- */

static void test_independent_statements_keep_input_order(void **state)
{
	struct fixture *fx = *state;
	static const char *const names[] = { "zeta", "alpha", "mid", "beta", "omega", "aa" };
	struct statement_list l = ordered(fx, "CREATE TABLE zeta (id int);\n"
					      "CREATE TABLE alpha (id int);\n"
					      "CREATE TABLE mid (id int);\n"
					      "CREATE TABLE beta (id int);\n"
					      "CREATE TABLE omega (id int);\n"
					      "CREATE TABLE aa (id int);\n");
	assert_int_equal(l.n, 6);
	for (size_t i = 0; i < l.n; i++) {
		char *want = arena_printf(&fx->a, "CREATE TABLE %s ", names[i]);
		assert_int_equal(pos_of(&l, want), i);
		assert_int_equal(l.v[i].seq, i);
	}
}

static void test_moving_one_keeps_the_rest_in_order(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx, "CREATE TABLE a (id int);\n"
					      "CREATE VIEW v AS SELECT * FROM z;\n"
					      "CREATE TABLE b (id int);\n"
					      "CREATE TABLE c (id int);\n"
					      "CREATE TABLE z (id int);\n"
					      "CREATE TABLE d (id int);\n");
	static const char *const want[] = { "CREATE TABLE a", "CREATE TABLE b", "CREATE TABLE c",
					    "CREATE TABLE z", "CREATE VIEW v",  "CREATE TABLE d" };
	assert_int_equal(l.n, 6);
	for (size_t i = 0; i < l.n; i++)
		if (pos_of(&l, want[i]) != i) {
			print_order(&l);
			fail_msg("\"%s\" should be at %zu", want[i], i);
		}
}

static void test_cycle_terminates_with_each_statement_once(void **state)
{
	struct fixture *fx = *state;
	const char *text = "CREATE TABLE before_cycle (id int);\n"
			   "CREATE VIEW v1 AS SELECT * FROM v2;\n"
			   "CREATE VIEW v2 AS SELECT * FROM v1;\n"
			   "CREATE VIEW uses_v1 AS SELECT * FROM v1;\n"
			   "CREATE TABLE after_cycle (id int);\n";
	struct statement_list in = parse_text(fx, text);
	struct statement_list l = in;
	order_statements(&fx->a, &l);
	assert_permutation(&in, &l);
	/* the cycle keeps its input order; its users still come after it */
	assert_before(&l, "CREATE VIEW v1", "CREATE VIEW v2");
	assert_before(&l, "CREATE VIEW v1", "CREATE VIEW uses_v1");
	assert_before(&l, "CREATE VIEW v2", "CREATE VIEW uses_v1");
	assert_int_equal(pos_of(&l, "CREATE TABLE before_cycle"), 0);
}

static void test_self_reference_is_not_a_cycle(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l = ordered(fx,
					  "CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree (id));\n"
					  "CREATE TABLE first (id int);\n");
	assert_int_equal(l.n, 2);
	assert_int_equal(pos_of(&l, "CREATE TABLE tree"), 0);
	assert_int_equal(pos_of(&l, "CREATE TABLE first"), 1);
}

static void test_large_cycle_and_chain(void **state)
{
	struct fixture *fx = *state;
	/* a ring of 50 views plus a reversed chain of 200 views */
	enum { RING = 50, CHAIN = 200 };
	size_t cap = (RING + CHAIN) * 80 + 100, len = 0;
	char *text = arena_alloc(&fx->a, cap);
	for (int i = 0; i < RING; i++)
		len += (size_t)snprintf(text + len, cap - len,
					"CREATE VIEW r%d AS SELECT * FROM r%d;\n", i, (i + 1) % RING);
	for (int i = CHAIN - 1; i > 0; i--)
		len += (size_t)snprintf(text + len, cap - len,
					"CREATE VIEW c%d AS SELECT * FROM c%d;\n", i, i - 1);
	len += (size_t)snprintf(text + len, cap - len, "CREATE TABLE c0 (id int);\n");
	struct statement_list in = parse_text(fx, text);
	struct statement_list l = in;
	order_statements(&fx->a, &l);
	assert_permutation(&in, &l);
	for (int i = 1; i < CHAIN; i++) {
		char *a = arena_printf(&fx->a, i == 1 ? "CREATE TABLE c0 " : "CREATE VIEW c%d ", i - 1);
		char *b = arena_printf(&fx->a, "CREATE VIEW c%d ", i);
		assert_before(&l, a, b);
	}
}

static void test_deterministic(void **state)
{
	struct fixture *fx = *state;
	const char *text = "ALTER TABLE o ADD FOREIGN KEY (c) REFERENCES c (id);\n"
			   "CREATE VIEW v1 AS SELECT * FROM v2;\n"
			   "CREATE VIEW v2 AS SELECT * FROM v1, o;\n"
			   "CREATE TABLE o (id int, c int, m app.mood);\n"
			   "CREATE TYPE app.mood AS ENUM ('a');\n"
			   "CREATE TABLE c (id int PRIMARY KEY);\n"
			   "CREATE INDEX o_c ON o (c);\n"
			   "CREATE EXTENSION pgcrypto;\n"
			   "CREATE SCHEMA app;\n"
			   "SET statement_timeout = 0;\n";
	struct statement_list l1 = ordered(fx, text);
	struct statement_list l2 = ordered(fx, text);
	assert_int_equal(l1.n, l2.n);
	for (size_t i = 0; i < l1.n; i++) {
		assert_string_equal(l1.v[i].sql, l2.v[i].sql);
		assert_int_equal(l1.v[i].seq, l2.v[i].seq);
	}
	/* and ordering an ordered list again changes nothing */
	struct statement_list again = l1;
	for (size_t i = 0; i < again.n; i++)
		again.v[i].seq = i;
	order_statements(&fx->a, &again);
	for (size_t i = 0; i < l1.n; i++)
		assert_string_equal(again.v[i].sql, l2.v[i].sql);
	assert_before(&l1, "CREATE SCHEMA app", "CREATE TYPE app.mood");
	assert_before(&l1, "CREATE TYPE app.mood", "CREATE TABLE o");
	assert_before(&l1, "CREATE TABLE c", "ALTER TABLE o ADD FOREIGN KEY");
}

static void test_empty_and_single(void **state)
{
	struct fixture *fx = *state;
	struct statement_list empty = { 0 };
	order_statements(&fx->a, &empty);
	assert_int_equal(empty.n, 0);
	struct statement_list one = ordered(fx, "CREATE VIEW v AS SELECT * FROM v;\n");
	assert_int_equal(one.n, 1);
	assert_string_equal(one.v[0].sql, "CREATE VIEW v AS SELECT * FROM v");
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_view_after_its_table),
		T(test_view_chain),
		T(test_fk_table_after_referenced_table),
		T(test_index_after_its_table),
		T(test_enum_before_table_using_it),
		T(test_schema_before_its_objects),
		T(test_cycle_breaker_keeps_a_waiting_statement_waiting),
		T(test_sequence_before_default_using_it),
		T(test_sequence_before_default_with_regclass_cast),
		T(test_sequence_name_in_nextval_is_case_folded),
		T(test_sequence_name_in_nextval_quoted),
		T(test_trigger_after_function_and_table),
		T(test_trigger_firing_after_its_trigger),
		T(test_function_before_its_users),
		T(test_extension_written_last_loads_early),
		T(test_alter_fk_after_alter_pk),
		T(test_inline_fk_waits_for_later_key),
		T(test_comment_after_its_target),
		T(test_alter_type_after_create_type),
		T(test_sequence_owned_by_after_its_table),
		T(test_quoted_and_folded_names_match),
		T(test_public_qualified_matches_unqualified),
		T(test_same_name_in_other_schema_is_not_a_dependency),
		T(test_independent_statements_keep_input_order),
		T(test_moving_one_keeps_the_rest_in_order),
		T(test_cycle_terminates_with_each_statement_once),
		T(test_self_reference_is_not_a_cycle),
		T(test_comment_on_constraint_after_the_constraint),
		T(test_large_cycle_and_chain),
		T(test_deterministic),
		T(test_empty_and_single),
	};
#undef T
	return cmocka_run_group_tests_name("order: desired-state load order", tests, NULL, NULL);
}
