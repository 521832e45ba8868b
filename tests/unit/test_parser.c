/*
 * test_parser.c: loading desired-state files (parser/source.c) and splitting,
 * locating and classifying their statements (parser/parse.c, classify.c).
 *
 * Every test works in its own temporary directory under /tmp, removed by the
 * teardown.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <ftw.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../common/arena.h"
#include "../../common/strbuf.h"
#include "../../common/error.h"
#include "../../parser/source.h"
#include "../../parser/statement.h"

struct fixture {
	char dir[64];
	char locked[128]; /* a directory a test made unreadable, to restore */
	struct arena a;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	if (!fx)
		return -1;
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/sd_test_parser_XXXXXX");
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
	chmod(path, 0700); /* in case a test made it unreadable */
	return remove(path);
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	if (fx->locked[0])
		chmod(fx->locked, 0700);
	arena_free(&fx->a);
	int rc = nftw(fx->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(fx);
	return rc;
}

/* Write text to dir/rel, creating parent directories; returns the path
 * (arena-allocated). */
static char *write_file(struct fixture *fx, const char *rel, const char *text, size_t len)
{
	char *path = arena_printf(&fx->a, "%s/%s", fx->dir, rel);
	for (char *p = path + strlen(fx->dir) + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) < 0 && errno != EEXIST)
			fail_msg("mkdir %s: %s", path, strerror(errno));
		*p = '/';
	}
	FILE *f = fopen(path, "wb");
	if (!f)
		fail_msg("fopen %s: %s", path, strerror(errno));
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	return path;
}

static char *write_sql(struct fixture *fx, const char *rel, const char *text)
{
	return write_file(fx, rel, text, strlen(text));
}

/* Load one path and parse it; returns parse_sources()'s (or source_load()'s)
 * result. */
static int load_and_parse(struct fixture *fx, const char *path, struct source_set *src,
			  struct statement_list *out, struct sd_error *err)
{
	const char *paths[] = { path };
	memset(err, 0, sizeof(*err));
	memset(out, 0, sizeof(*out));
	if (source_load(&fx->a, paths, 1, src, err) < 0)
		return -1;
	return parse_sources(&fx->a, src, out, err);
}

/* Parse text as one file that must be accepted. */
static void parse_ok(struct fixture *fx, const char *text, struct statement_list *out)
{
	struct source_set src;
	struct sd_error err;
	char *path = write_sql(fx, "schema.sql", text);
	int rc = load_and_parse(fx, path, &src, out, &err);
	if (rc != 0)
		fail_msg("unexpected error %s:%d:%d: %s", err.file, err.line, err.col, err.message);
}

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void assert_pos(const struct statement *st, int line, int col, const char *prefix)
{
	if (st->line != line || st->col != col || !starts_with(st->sql, prefix))
		fail_msg("statement \"%s\" at %d:%d, expected \"%s...\" at %d:%d", st->sql, st->line,
			 st->col, prefix, line, col);
	/* offset points at the same first token */
	assert_true(starts_with(st->file->text + st->offset, prefix));
}

/* --- (a) splitting and positions --------------------------------------- */

static void test_split_positions(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx,
		 "-- header comment\n"                         /* 1 */
		 "CREATE TABLE a (id int);\n"                  /* 2 */
		 "  CREATE TABLE b (id int); CREATE TABLE c (\n" /* 3 */
		 "    id int,\n"                               /* 4 */
		 "    note text\n"                             /* 5 */
		 ");\n"                                        /* 6 */
		 "/* block\n"                                  /* 7 */
		 "   comment /* nested */ still */ CREATE INDEX c_id ON c (id);\n" /* 8 */
		 "\n"                                          /* 9 */
		 "\t-- another\n"                              /* 10 */
		 "\tCREATE SEQUENCE s;\n",                     /* 11 */
		 &l);
	assert_int_equal(l.n, 5);
	assert_pos(&l.v[0], 2, 1, "CREATE TABLE a");
	assert_pos(&l.v[1], 3, 3, "CREATE TABLE b");
	assert_pos(&l.v[2], 3, 28, "CREATE TABLE c");
	assert_pos(&l.v[3], 8, 34, "CREATE INDEX c_id");
	assert_pos(&l.v[4], 11, 2, "CREATE SEQUENCE s");
	/* a multi-line statement keeps its whole text, without the ';' */
	assert_string_equal(l.v[2].sql, "CREATE TABLE c (\n    id int,\n    note text\n)");
	assert_string_equal(l.v[0].sql, "CREATE TABLE a (id int)");
	for (size_t i = 0; i < l.n; i++) {
		assert_int_equal(l.v[i].seq, i);
		assert_true(l.v[i].execute);
	}
	assert_string_equal(l.v[0].tag, "CREATE TABLE");
	assert_string_equal(l.v[3].tag, "CREATE INDEX");
	assert_string_equal(l.v[4].tag, "CREATE SEQUENCE");
}

static void test_column_counts_characters(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	/* "CREATE TABLE \"café\" (x int); " is 29 characters but 30 bytes */
	parse_ok(fx,
		 "CREATE TABLE \"café\" (x int); CREATE TABLE d (y int);\n"
		 "CREATE TABLE \"名前\" (z int);  CREATE TABLE e (w int);\n",
		 &l);
	assert_int_equal(l.n, 4);
	assert_pos(&l.v[0], 1, 1, "CREATE TABLE \"café\"");
	assert_pos(&l.v[1], 1, 30, "CREATE TABLE d");
	/* "CREATE TABLE \"名前\" (z int);  " is 28 characters, 32 bytes */
	assert_pos(&l.v[2], 2, 1, "CREATE TABLE \"名前\"");
	assert_pos(&l.v[3], 2, 29, "CREATE TABLE e");
}

static void test_last_statement_without_semicolon(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx, "CREATE TABLE a (id int);\n\n  CREATE TABLE b (id int)\n", &l);
	assert_int_equal(l.n, 2);
	assert_pos(&l.v[1], 3, 3, "CREATE TABLE b (id int)");
}

static void test_dollar_quoted_body_not_split(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx,
		 "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\n"
		 "BEGIN\n"
		 "  PERFORM 1; RETURN 1;\n"
		 "END\n"
		 "$$;\n"
		 "CREATE TABLE after_fn (id int);\n",
		 &l);
	assert_int_equal(l.n, 2);
	assert_pos(&l.v[0], 1, 1, "CREATE FUNCTION f()");
	assert_non_null(strstr(l.v[0].sql, "RETURN 1;"));
	assert_pos(&l.v[1], 6, 1, "CREATE TABLE after_fn");
}

static void test_empty_and_comment_only_files(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx, "", &l);
	assert_int_equal(l.n, 0);
	parse_ok(fx, "-- nothing here\n/* or here */\n\n", &l);
	assert_int_equal(l.n, 0);
}

static void test_statements_across_files(void **state)
{
	struct fixture *fx = *state;
	char *p1 = write_sql(fx, "one.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
	char *p2 = write_sql(fx, "two.sql", "\n\n   CREATE TABLE c (id int);\n");
	const char *paths[] = { p1, p2 };
	struct source_set src;
	struct statement_list l;
	struct sd_error err = { 0 };
	assert_int_equal(source_load(&fx->a, paths, 2, &src, &err), 0);
	assert_int_equal(src.n, 2);
	assert_int_equal(parse_sources(&fx->a, &src, &l, &err), 0);
	assert_int_equal(l.n, 3);
	assert_string_equal(l.v[0].file->path, p1);
	assert_string_equal(l.v[1].file->path, p1);
	assert_string_equal(l.v[2].file->path, p2);
	assert_pos(&l.v[2], 3, 4, "CREATE TABLE c");
	for (size_t i = 0; i < l.n; i++)
		assert_int_equal(l.v[i].seq, i);
}

/* --- (b) refusals -------------------------------------------------------- */

struct refusal {
	const char *sql;
	const char *tag; /* what the message starts with */
};

static const struct refusal refusals[] = {
	{ "INSERT INTO ok VALUES (1);", "INSERT" },
	{ "UPDATE ok SET id = 2;", "UPDATE" },
	{ "DELETE FROM ok;", "DELETE" },
	{ "COPY ok FROM STDIN;", "COPY" },
	{ "DO $$BEGIN END$$;", "DO" },
	{ "CALL some_proc();", "CALL" },
	{ "BEGIN;", "transaction control" },
	{ "COMMIT;", "transaction control" },
	{ "START TRANSACTION;", "transaction control" },
	{ "SET ROLE admin;", "SET ROLE" },
	{ "SET SESSION AUTHORIZATION admin;", "SET ROLE" },
	{ "SET search_path = app;", "SET search_path" },
	{ "ALTER SYSTEM SET work_mem = '1MB';", "ALTER SYSTEM" },
	{ "CREATE DATABASE other;", "CREATE DATABASE" },
	{ "CREATE ROLE someone;", "CREATE ROLE" },
	{ "DROP TABLE ok;", "DROP" },
	{ "TRUNCATE ok;", "TRUNCATE" },
	{ "SELECT 1;", "SELECT" },
	{ "CREATE TABLE copy_of AS SELECT * FROM ok;", "CREATE TABLE AS" },
	{ "ALTER TABLE ok RENAME TO renamed;", "RENAME" },
	{ "CREATE EXTENSION dblink;", "CREATE EXTENSION" },
	{ "CREATE EXTENSION file_fdw;", "CREATE EXTENSION" },
	{ "CREATE EXTENSION plpython3u;", "CREATE EXTENSION" },
	/* schema the catalog read leaves out: refused, not ignored */
	{ "CREATE RULE r AS ON DELETE TO ok DO INSTEAD NOTHING;", "CREATE RULE" },
	{ "CREATE AGGREGATE agg(int) (SFUNC = int4pl, STYPE = int);", "CREATE AGGREGATE" },
	/* a table's column settings are read; a materialized view's and an
	 * index's are not */
	{ "ALTER MATERIALIZED VIEW ok ALTER COLUMN id SET STATISTICS 500;",
	  "ALTER MATERIALIZED VIEW ... SET STATISTICS" },
	{ "ALTER MATERIALIZED VIEW ok ALTER COLUMN id SET STORAGE PLAIN;",
	  "ALTER MATERIALIZED VIEW ... SET STORAGE" },
	{ "ALTER INDEX ok_pkey ALTER COLUMN 1 SET STATISTICS 500;", "ALTER INDEX ... SET STATISTICS" },
	{ "ALTER TABLE ok DISABLE TRIGGER ALL;", "ALTER TABLE ... DISABLE TRIGGER ALL" },
	{ "ALTER MATERIALIZED VIEW ok REPLICA IDENTITY USING INDEX ok_pkey;",
	  "ALTER TABLE ... REPLICA IDENTITY USING INDEX" },
	{ "ALTER TABLE ok ADD COLUMN c int, SET TABLESPACE pg_default;", "ALTER TABLE ... SET TABLESPACE" },
	{ "CREATE TABLE places OF pt;", "CREATE TABLE ... OF type" },
	{ "CREATE TEMP TABLE scratch (a int);", "CREATE TEMPORARY TABLE" },
	{ "CREATE TEMPORARY VIEW v AS SELECT 1;", "CREATE TEMPORARY VIEW" },
	{ "CREATE TABLE ok_1 PARTITION OF ok (id DEFAULT 1) FOR VALUES IN (1);",
	  "CREATE TABLE ... PARTITION OF ... (column options)" },
};

static void test_refusals_located(void **state)
{
	struct fixture *fx = *state;
	for (size_t i = 0; i < sizeof(refusals) / sizeof(refusals[0]); i++) {
		const struct refusal *r = &refusals[i];
		char name[32];
		snprintf(name, sizeof(name), "refuse%02zu.sql", i);
		/* the refused statement starts at line 4, column 4 */
		char *text = arena_printf(&fx->a,
					  "CREATE TABLE ok (id int);\n"
					  "-- a comment; with a semicolon\n"
					  "/* and a block */\n"
					  "   %s\n"
					  "CREATE TABLE later (id int);\n",
					  r->sql);
		char *path = write_sql(fx, name, text);
		struct source_set src;
		struct statement_list l;
		struct sd_error err;
		int rc = load_and_parse(fx, path, &src, &l, &err);
		if (rc != -1)
			fail_msg("\"%s\" was accepted", r->sql);
		assert_int_equal(err.kind, SD_ERR_INPUT);
		assert_string_equal(err.file, path);
		if (err.line != 4 || err.col != 4)
			fail_msg("\"%s\" reported at %d:%d, expected 4:4", r->sql, err.line, err.col);
		if (!starts_with(err.message, r->tag) || err.message[strlen(r->tag)] != ' ')
			fail_msg("\"%s\": message \"%s\" does not start with \"%s \"", r->sql,
				 err.message, r->tag);
		/* the message says why, not just what */
		assert_true(strlen(err.message) > strlen(r->tag) + 10);
	}
}

/*
 * A statement kind with no rule is named as libpg_query names its node
 * (the protobuf field descriptor is snake_case, so this once printed
 * "vacuum_stmt"); the common kinds have rules that name the statement.
 */
static void test_unknown_statement_named_like_libpg_query(void **state)
{
	struct fixture *fx = *state;
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	char *path = write_sql(fx, "sc.sql", "CREATE TABLE ok (id int);\n  SET CONSTRAINTS ALL DEFERRED;\n");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.col, 3);
	assert_true(err.hint[0] != '\0');
	if (!starts_with(err.message, "ConstraintsSetStmt "))
		fail_msg("unknown statement named \"%s\", expected \"ConstraintsSetStmt ...\"",
			 err.message);
}

/* Kinds that once fell through to the node name now name the statement */
static void test_refusals_name_the_statement(void **state)
{
	struct fixture *fx = *state;
	static const struct {
		const char *sql, *tag;
	} cases[] = {
		{ "VACUUM ok;", "VACUUM or ANALYZE" },
		{ "CREATE CAST (bigint AS int4) WITHOUT FUNCTION;", "CREATE CAST" },
		{ "CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f();",
		  "CREATE EVENT TRIGGER" },
		{ "ALTER TABLE ok SET SCHEMA other;", "ALTER ... SET SCHEMA" },
		{ "REFRESH MATERIALIZED VIEW m;", "REFRESH MATERIALIZED VIEW" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct source_set src;
		struct statement_list l;
		struct sd_error err;
		char *path = write_sql(fx, "named.sql", cases[i].sql);
		assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
		assert_int_equal(err.kind, SD_ERR_INPUT);
		if (!starts_with(err.message, cases[i].tag) || err.message[strlen(cases[i].tag)] != ' ')
			fail_msg("\"%s\": message \"%s\" does not start with \"%s \"", cases[i].sql,
				 err.message, cases[i].tag);
	}
}

static void test_refusal_hints(void **state)
{
	struct fixture *fx = *state;
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	char *path = write_sql(fx, "h.sql", "INSERT INTO t VALUES (1);");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_true(err.hint[0] != '\0');
	assert_int_equal(err.line, 1);
	assert_int_equal(err.col, 1);
	path = write_sql(fx, "h2.sql", "CREATE ROLE r;");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_non_null(strstr(err.hint, "role"));
}

static void test_refusal_after_utf8(void **state)
{
	struct fixture *fx = *state;
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	/* "CREATE TABLE \"café\" (x int); " is 29 characters */
	char *path = write_sql(fx, "u.sql",
			       "\n\nCREATE TABLE \"café\" (x int); DELETE FROM \"café\";\n");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_int_equal(err.line, 3);
	assert_int_equal(err.col, 30);
	assert_true(starts_with(err.message, "DELETE "));
}

/* --- (c) syntax errors --------------------------------------------------- */

static void test_syntax_error_position(void **state)
{
	struct fixture *fx = *state;
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	/* the second comma on line 3 is at column 24 */
	char *path = write_sql(fx, "syn.sql",
			       "CREATE TABLE a (id int);\n"
			       "-- fine so far\n"
			       "CREATE TABLE b (id int,, x int);\n");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	assert_string_equal(err.file, path);
	assert_int_equal(err.line, 3);
	assert_int_equal(err.col, 24);
	assert_non_null(strstr(err.message, "syntax error"));
}

static void test_syntax_error_after_utf8(void **state)
{
	struct fixture *fx = *state;
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	/* "  CREATE TABLE \"名前\" (x int," is 27 characters (31 bytes): the
	 * error is at column 28 */
	char *path = write_sql(fx, "syn8.sql",
			       "CREATE TABLE \"café\" (id int);\n"
			       "  CREATE TABLE \"名前\" (x int,, y int);\n");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.col, 28);
}

static void test_syntax_error_misspelled_keyword(void **state)
{
	struct fixture *fx = *state;
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	char *path = write_sql(fx, "kw.sql", "CREATE TABLE a (id int);\n\n\tCREAT TABLE b (id int);\n");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_int_equal(err.line, 3);
	assert_int_equal(err.col, 2);
	assert_non_null(strstr(err.message, "CREAT"));
}

static void test_unterminated_string(void **state)
{
	struct fixture *fx = *state;
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	char *path = write_sql(fx, "str.sql", "CREATE TABLE a (id int);\nCOMMENT ON TABLE a IS 'oops;\n");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.col, 23); /* the opening quote */
}

/* --- (d) accepted statements --------------------------------------------- */

static void test_accepted_statements(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	static const char *const tags[] = {
		"CREATE SCHEMA", "CREATE TYPE",     "CREATE TABLE",   "CREATE INDEX",
		"CREATE SEQUENCE", "CREATE VIEW",   "CREATE FUNCTION", "CREATE TRIGGER",
		"CREATE POLICY", "COMMENT",         "ALTER TABLE",    "ALTER TABLE",
		"SET",           "CREATE EXTENSION", "CREATE MATERIALIZED VIEW",
		"CREATE COLLATION", "ALTER TABLE",
	};
	parse_ok(fx,
		 "CREATE SCHEMA app;\n"
		 "CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');\n"
		 "CREATE TABLE app.t (id int PRIMARY KEY, m app.mood, n int DEFAULT nextval('app.s'));\n"
		 "CREATE INDEX t_m ON app.t (m);\n"
		 "CREATE SEQUENCE app.s;\n"
		 "CREATE VIEW app.v AS SELECT id FROM app.t;\n"
		 "CREATE FUNCTION app.trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;\n"
		 "CREATE TRIGGER t_trg BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.trg();\n"
		 "CREATE POLICY p ON app.t USING (id > 0);\n"
		 "COMMENT ON TABLE app.t IS 'the t';\n"
		 "ALTER TABLE app.t ADD CONSTRAINT t_pos CHECK (id > 0);\n"
		 "ALTER TABLE app.t ADD CONSTRAINT t_self FOREIGN KEY (n) REFERENCES app.t (id);\n"
		 "SET statement_timeout = 0;\n"
		 "CREATE EXTENSION IF NOT EXISTS citext;\n"
		 "CREATE MATERIALIZED VIEW app.mv AS SELECT id FROM app.t;\n"
		 "CREATE COLLATION app.c (provider = icu, locale = 'und');\n"
		 "ALTER TABLE app.t SET (fillfactor = 70);\n",
		 &l);
	assert_int_equal(l.n, sizeof(tags) / sizeof(tags[0]));
	for (size_t i = 0; i < l.n; i++) {
		if (strcmp(l.v[i].tag, tags[i]))
			fail_msg("statement %zu \"%s\": tag \"%s\", expected \"%s\"", i, l.v[i].sql,
				 l.v[i].tag, tags[i]);
		assert_int_equal(l.v[i].line, (int)i + 1);
		assert_int_equal(l.v[i].col, 1);
		/* only SET is accepted without being executed */
		assert_int_equal(l.v[i].execute, strcmp(tags[i], "SET") != 0);
	}
	assert_string_equal(l.v[12].sql, "SET statement_timeout = 0");
	assert_false(l.v[12].execute);
}

static void test_set_timeout_not_executed(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx, "SET statement_timeout = 0;\nSET client_min_messages TO warning;\n", &l);
	assert_int_equal(l.n, 2);
	assert_false(l.v[0].execute);
	assert_false(l.v[1].execute);
	assert_string_equal(l.v[0].tag, "SET");
}

/* pg_dump's script as it comes: its \\restrict and \\unrestrict lines are
 * skipped (a line inside a body is text, and stays), its search_path reset
 * and extension comments are accepted and not run, and the statements
 * after keep their places. */
static void test_pg_dump_script_accepted(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx,
		 "--\n-- PostgreSQL database dump\n--\n"
		 "\\restrict AbC123\n"
		 "SET statement_timeout = 0;\n"
		 "SELECT pg_catalog.set_config('search_path', '', false);\n"
		 "COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';\n"
		 "CREATE FUNCTION public.f() RETURNS text LANGUAGE sql AS $$SELECT '\n"
		 "\\restrict inside a body'$$;\n"
		 "  CREATE TABLE public.t (id int);\n"
		 "\\unrestrict AbC123\n",
		 &l);
	assert_int_equal(l.n, 5);
	assert_false(l.v[1].execute);
	assert_string_equal(l.v[1].tag, "SELECT set_config");
	assert_false(l.v[2].execute);
	assert_string_equal(l.v[2].tag, "COMMENT ON EXTENSION");
	assert_true(l.v[3].execute);
	assert_non_null(strstr(l.v[3].sql, "\n\\restrict inside a body"));
	assert_true(l.v[4].execute);
	assert_int_equal(l.v[4].line, 10);
	assert_int_equal(l.v[4].col, 3);
}

/* Any other meta-command, or another search_path, is still refused. */
static void test_other_psql_commands_refused(void **state)
{
	struct fixture *fx = *state;
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	char *path = write_sql(fx, "meta.sql", "CREATE TABLE a (id int);\n\\connect other\n");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.col, 1);
	path = write_sql(fx, "path.sql", "SELECT pg_catalog.set_config('search_path', 'app', false);\n");
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_non_null(strstr(err.message, "SELECT"));
}

static void test_ownership_not_executed(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx,
		 "ALTER FUNCTION f() OWNER TO someone;\n"
		 "ALTER TYPE mood OWNER TO someone;\n"
		 "ALTER SCHEMA app OWNER TO someone;\n",
		 &l);
	assert_int_equal(l.n, 3);
	for (size_t i = 0; i < l.n; i++) {
		if (l.v[i].execute)
			fail_msg("\"%s\" would be executed", l.v[i].sql);
		assert_string_equal(l.v[i].tag, "ALTER OWNER");
	}
}

/*
 * Regression (was a bug in parser/classify.c, now fixed): "ownership is not managed", so OWNER TO is
 * accepted without being executed -- but only for AlterOwnerStmt (functions,
 * types, schemas).  ALTER TABLE/SEQUENCE/VIEW ... OWNER TO parse as an
 * AlterTableStmt (AT_ChangeOwner) and are classified "ALTER TABLE" with
 * execute = true, so a pg_dump-style file fails to load in the embedded
 * shadow, whose non-superuser loader role cannot give objects away.
 *   input:    ALTER TABLE t OWNER TO someone;
 *   expected: accepted, execute == false
 *   actual:   accepted, tag "ALTER TABLE", execute == true
 */
static void test_alter_table_owner_not_executed(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx,
		 "ALTER TABLE t OWNER TO someone;\n"
		 "ALTER SEQUENCE s OWNER TO someone;\n"
		 "ALTER VIEW v OWNER TO someone;\n",
		 &l);
	assert_int_equal(l.n, 3);
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].execute)
			fail_msg("BUG: \"%s\" (tag \"%s\") would be executed in the shadow",
				 l.v[i].sql, l.v[i].tag);
}

static bool has_name(const char *const *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i], name))
			return true;
	return false;
}

static void test_names_recorded(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx,
		 "CREATE TABLE app.t (id int PRIMARY KEY, m app.mood, "
		 "n int DEFAULT nextval('app.s'), r int REFERENCES other (id));\n"
		 "CREATE INDEX t_m ON app.t (m);\n"
		 "ALTER TABLE x ADD FOREIGN KEY (a) REFERENCES y (b);\n",
		 &l);
	assert_int_equal(l.n, 3);
	const struct statement *t = &l.v[0];
	assert_true(has_name(t->creates, t->n_creates, "r:app.t"));
	assert_true(has_name(t->creates, t->n_creates, "k:app.t"));
	assert_true(has_name(t->refs, t->n_refs, "s:app"));
	assert_true(has_name(t->refs, t->n_refs, "t:app.mood"));
	assert_true(has_name(t->refs, t->n_refs, "r:app.s"));
	assert_true(has_name(t->refs, t->n_refs, "k:public.other"));
	assert_false(has_name(t->refs, t->n_refs, "r:app.t")); /* not its own dependency */
	assert_int_equal(t->priority, LOAD_DEFAULT);
	const struct statement *ix = &l.v[1];
	assert_true(has_name(ix->creates, ix->n_creates, "r:app.t_m"));
	assert_true(has_name(ix->refs, ix->n_refs, "r:app.t"));
	const struct statement *fk = &l.v[2];
	assert_int_equal(fk->priority, LOAD_FOREIGN_KEY);
	assert_true(has_name(fk->refs, fk->n_refs, "k:public.y"));
}

/* a statistics object is created by name, in its own schema, and the
 * statements that alter or comment on it come after it */
static void test_statistics_names(void **state)
{
	struct fixture *fx = *state;
	struct statement_list l;
	parse_ok(fx,
		 "CREATE STATISTICS st.ab (dependencies) ON a, b FROM app.t;\n"
		 "ALTER STATISTICS st.ab SET STATISTICS 500;\n"
		 "COMMENT ON STATISTICS st.ab IS 'x';\n",
		 &l);
	assert_int_equal(l.n, 3);
	assert_true(has_name(l.v[0].creates, l.v[0].n_creates, "x:st.ab"));
	assert_true(has_name(l.v[0].refs, l.v[0].n_refs, "r:app.t"));
	for (size_t i = 1; i < 3; i++)
		assert_true(has_name(l.v[i].refs, l.v[i].n_refs, "x:st.ab"));
}

/* --- (e) loading files and directories ----------------------------------- */

static void test_directory_loading(void **state)
{
	struct fixture *fx = *state;
	write_sql(fx, "schema/b.sql", "CREATE TABLE b (id int);\n");
	write_sql(fx, "schema/a.sql", "CREATE TABLE a (id int);\n");
	write_sql(fx, "schema/sub/c.sql", "CREATE TABLE c (id int);\n");
	write_sql(fx, "schema/sub/deeper/d.sql", "CREATE TABLE d (id int);\n");
	write_sql(fx, "schema/a-b.sql", "CREATE TABLE ab (id int);\n");
	write_sql(fx, "schema/Z.sql", "CREATE TABLE z (id int);\n");
	/* not loaded: other extensions, hidden files, backups */
	write_sql(fx, "schema/notes.txt", "INSERT INTO nope VALUES (1);\n");
	write_sql(fx, "schema/sub/readme.md", "# not sql\n");
	write_sql(fx, "schema/.hidden.sql", "INSERT INTO nope VALUES (1);\n");
	write_sql(fx, "schema/x.sql.bak", "INSERT INTO nope VALUES (1);\n");
	write_sql(fx, "schema/sub/SQL", "INSERT INTO nope VALUES (1);\n");

	char *dir = arena_printf(&fx->a, "%s/schema", fx->dir);
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	int rc = load_and_parse(fx, dir, &src, &l, &err);
	if (rc != 0)
		fail_msg("%s:%d:%d: %s", err.file, err.line, err.col, err.message);
	static const char *const want[] = { "Z.sql", "a-b.sql", "a.sql", "b.sql",
					    "sub/c.sql", "sub/deeper/d.sql" };
	assert_int_equal(src.n, 6);
	for (size_t i = 0; i < src.n; i++) {
		char *p = arena_printf(&fx->a, "%s/%s", dir, want[i]);
		assert_string_equal(src.files[i].path, p);
		assert_int_equal(src.files[i].len, strlen(src.files[i].text));
		if (i > 0)
			assert_true(strcmp(src.files[i - 1].path, src.files[i].path) < 0);
	}
	assert_int_equal(l.n, 6);
	assert_string_equal(l.v[0].sql, "CREATE TABLE z (id int)");
	assert_string_equal(l.v[5].sql, "CREATE TABLE d (id int)");
}

static void test_directory_and_file_keep_argument_order(void **state)
{
	struct fixture *fx = *state;
	char *f = write_sql(fx, "zzz.sql", "CREATE TABLE z (id int);\n");
	write_sql(fx, "dir/b.sql", "CREATE TABLE b (id int);\n");
	write_sql(fx, "dir/a.sql", "CREATE TABLE a (id int);\n");
	char *dir = arena_printf(&fx->a, "%s/dir", fx->dir);
	const char *paths[] = { f, dir };
	struct source_set src;
	struct sd_error err = { 0 };
	assert_int_equal(source_load(&fx->a, paths, 2, &src, &err), 0);
	assert_int_equal(src.n, 3);
	assert_string_equal(src.files[0].path, f);
	assert_string_equal(src.files[1].path, arena_printf(&fx->a, "%s/a.sql", dir));
	assert_string_equal(src.files[2].path, arena_printf(&fx->a, "%s/b.sql", dir));
}

/*
 * A directory with no .sql file is an error that names it: read as an
 * empty desired state it planned to drop everything.  (It once also
 * passed qsort() a NULL list, which UBSan caught in the SAN build.)
 */
static void test_empty_directory(void **state)
{
	struct fixture *fx = *state;
	char *dir = arena_printf(&fx->a, "%s/empty", fx->dir);
	assert_int_equal(mkdir(dir, 0700), 0);
	write_sql(fx, "empty/notes.txt", "nothing\n");
	const char *paths[] = { dir };
	struct source_set src;
	struct sd_error err = { 0 };
	assert_int_equal(source_load(&fx->a, paths, 1, &src, &err), -1);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	assert_string_equal(err.file, dir);
	assert_non_null(strstr(err.message, "no .sql files"));
}

static void test_missing_path(void **state)
{
	struct fixture *fx = *state;
	char *good = write_sql(fx, "good.sql", "CREATE TABLE a (id int);\n");
	char *missing = arena_printf(&fx->a, "%s/does/not/exist.sql", fx->dir);
	const char *paths[] = { good, missing };
	struct source_set src;
	struct sd_error err = { 0 };
	assert_int_equal(source_load(&fx->a, paths, 2, &src, &err), -1);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	assert_string_equal(err.file, missing);
	assert_true(err.message[0] != '\0');
	assert_non_null(strstr(err.message, strerror(ENOENT)));
}

static void test_unreadable_file(void **state)
{
	struct fixture *fx = *state;
	if (geteuid() == 0) {
		print_message("skip: running as root, which can read any file "
			      "(test_dangling_symlink covers the unreadable path)\n");
		skip();
	}
	char *path = write_sql(fx, "secret.sql", "CREATE TABLE a (id int);\n");
	assert_int_equal(chmod(path, 0), 0);
	const char *paths[] = { path };
	struct source_set src;
	struct sd_error err = { 0 };
	assert_int_equal(source_load(&fx->a, paths, 1, &src, &err), -1);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	assert_string_equal(err.file, path);
	assert_non_null(strstr(err.message, strerror(EACCES)));
}

static void test_dangling_symlink(void **state)
{
	struct fixture *fx = *state;
	/* a file in the directory that cannot be read, even by root */
	write_sql(fx, "d/a.sql", "CREATE TABLE a (id int);\n");
	char *dir = arena_printf(&fx->a, "%s/d", fx->dir);
	char *link = arena_printf(&fx->a, "%s/broken.sql", dir);
	assert_int_equal(symlink("/nonexistent/target.sql", link), 0);
	const char *paths[] = { dir };
	struct source_set src;
	struct sd_error err = { 0 };
	assert_int_equal(source_load(&fx->a, paths, 1, &src, &err), -1);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	assert_string_equal(err.file, link);
	assert_non_null(strstr(err.message, strerror(ENOENT)));
}

static void test_unreadable_directory(void **state)
{
	struct fixture *fx = *state;
	if (geteuid() == 0) {
		print_message("skip: running as root, which can open any directory\n");
		skip();
	}
	write_sql(fx, "locked/a.sql", "CREATE TABLE a (id int);\n");
	char *dir = arena_printf(&fx->a, "%s/locked", fx->dir);
	snprintf(fx->locked, sizeof(fx->locked), "%s", dir);
	assert_int_equal(chmod(dir, 0), 0);
	const char *paths[] = { fx->dir };
	struct source_set src;
	struct sd_error err = { 0 };
	assert_int_equal(source_load(&fx->a, paths, 1, &src, &err), -1);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	assert_string_equal(err.file, dir);
}

static void test_nul_byte_refused(void **state)
{
	struct fixture *fx = *state;
	char *path = write_file(fx, "bin.sql", "CREATE TABLE a (id int);\0junk", 29);
	const char *paths[] = { path };
	struct source_set src;
	struct sd_error err = { 0 };
	assert_int_equal(source_load(&fx->a, paths, 1, &src, &err), -1);
	assert_int_equal(err.kind, SD_ERR_INPUT);
	assert_string_equal(err.file, path);
	assert_non_null(strstr(err.message, "NUL"));
}

static void test_large_file_read_whole(void **state)
{
	struct fixture *fx = *state;
	/* bigger than the reader's first 8 KiB buffer, crossing it mid-statement */
	struct arena *a = &fx->a;
	size_t n = 2000;
	size_t cap = n * 40 + 1, len = 0;
	char *text = arena_alloc(a, cap);
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(text + len, cap - len, "CREATE TABLE t%04zu (id int);\n", i);
	char *path = write_file(fx, "big.sql", text, len);
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), 0);
	assert_int_equal(src.files[0].len, len);
	assert_memory_equal(src.files[0].text, text, len);
	assert_int_equal(l.n, n);
	assert_pos(&l.v[n - 1], (int)n, 1, "CREATE TABLE t1999");
}

/* A file of more than 1 MB is parsed in two halves at once; the result
 * must be what one parse of the whole file gives, wherever the middle
 * falls.  n tables with a CHECK each (a collected source), and in the
 * middle what the caller puts there. */
static char *halves_file(struct arena *a, size_t n, const char *middle, size_t *len)
{
	size_t cap = n * 80 + strlen(middle) + 1;
	char *text = arena_alloc(a, cap);
	*len = 0;
	for (size_t i = 0; i < n; i++) {
		if (i == n / 2)
			*len += (size_t)snprintf(text + *len, cap - *len, "%s", middle);
		*len += (size_t)snprintf(text + *len, cap - *len,
					 "CREATE TABLE t%06zu (id int CHECK (id > %zu));\n", i, i);
	}
	return text;
}

static void check_halves(struct fixture *fx, const char *middle, size_t middle_lines,
			 size_t middle_statements)
{
	size_t n = 24000, len;
	char *text = halves_file(&fx->a, n, middle, &len);
	assert_true(len > 1024 * 1024);
	char *path = write_file(fx, "halves.sql", text, len);
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), 0);
	assert_int_equal(l.n, n + middle_statements);
	for (size_t i = 0; i < l.n; i++)
		assert_int_equal(l.v[i].seq, i);
	/* the last table: its position, and its CHECK's own text */
	const struct statement *last = &l.v[l.n - 1];
	assert_pos(last, (int)(n + middle_lines), 1, "CREATE TABLE t023999");
	assert_int_equal(last->n_sources, 1);
	assert_string_equal(last->sources[0].text, "id > 23999");
	const struct statement *first = &l.v[0];
	assert_pos(first, 1, 1, "CREATE TABLE t000000");
	assert_string_equal(first->sources[0].text, "id > 0");
}

static void test_large_file_in_halves(void **state)
{
	/* the middle falls between statements */
	check_halves(*state, "", 0, 0);
}

static void test_large_file_middle_inside_a_body(void **state)
{
	/* lines ending in ';' inside a function body and a string, long enough
	 * to hold the middle: the cut there fails, the whole file is parsed */
	struct fixture *fx = *state;
	size_t body_lines = 20000;
	struct strbuf sb = STRBUF_INIT;
	strbuf_adds(&sb, "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n");
	for (size_t i = 0; i < body_lines; i++)
		strbuf_addf(&sb, "  PERFORM %zu;\n", i);
	strbuf_adds(&sb, "  RETURN 1;\nEND $$;\nCOMMENT ON FUNCTION f() IS '\n");
	for (size_t i = 0; i < body_lines; i++)
		strbuf_adds(&sb, "not a statement;\n");
	strbuf_adds(&sb, "';\n");
	check_halves(fx, sb.buf, 2 * body_lines + 6, 2);
	strbuf_release(&sb);
}

static void test_large_file_error_in_second_half(void **state)
{
	struct fixture *fx = *state;
	size_t n = 24000, len;
	char *text = halves_file(&fx->a, n, "", &len);
	/* break table 20000 (line 20001): "CREATE TABLE t020000 (id int CHECK (" */
	char *bad = strstr(text, "t020000 (id int");
	bad[9] = ',';
	char *path = write_file(fx, "broken.sql", text, len);
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_int_equal(err.line, 20001);
	assert_int_equal(err.col, 23);
	assert_non_null(strstr(err.message, "syntax error"));
}

/* Below the halves' threshold a file is still parsed a chunk at a time
 * (256 KiB), cut after a line ending in ';'.  Bodies, strings and
 * BEGIN ATOMIC blocks longer than a chunk hold many such lines, so some
 * cuts fall inside them; the statements must be those of one parse. */
static void test_chunk_cuts_inside_statements(void **state)
{
	struct fixture *fx = *state;
	struct strbuf sb = STRBUF_INIT;
	size_t line = 1, tables = 0, lines_per_block = 12000;
	size_t body_line = 0, atomic_line = 0, comment_line = 0;
	for (size_t block = 0; block < 3; block++) {
		for (size_t i = 0; i < 3000; i++, line++)
			strbuf_addf(&sb, "CREATE TABLE t%06zu (id int);\n", tables++);
		if (block == 0) {
			body_line = line;
			strbuf_adds(&sb, "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n");
			for (size_t i = 0; i < lines_per_block; i++)
				strbuf_addf(&sb, "  PERFORM %zu;\n", i);
			strbuf_adds(&sb, "  RETURN 1;\nEND $$;\n");
			line += lines_per_block + 4;
		} else if (block == 1) {
			atomic_line = line;
			strbuf_adds(&sb, "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC\n");
			for (size_t i = 0; i < lines_per_block; i++)
				strbuf_addf(&sb, "  SELECT %zu;\n", i);
			strbuf_adds(&sb, "END;\n");
			line += lines_per_block + 2;
		} else {
			comment_line = line;
			strbuf_adds(&sb, "COMMENT ON TABLE t000000 IS '\n");
			for (size_t i = 0; i < lines_per_block; i++)
				strbuf_adds(&sb, "not a statement;\n");
			strbuf_adds(&sb, "';\n");
			line += lines_per_block + 2;
		}
	}
	strbuf_adds(&sb, "CREATE TABLE last (id int);\n");
	assert_true(sb.len > 2 * 256 * 1024 && sb.len < 1024 * 1024); /* chunks, no halves */
	char *path = write_file(fx, "chunks.sql", sb.buf, sb.len);
	struct source_set src;
	struct statement_list l;
	struct sd_error err;
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), 0);
	assert_int_equal(l.n, tables + 4);
	for (size_t i = 0; i < l.n; i++)
		assert_int_equal(l.v[i].seq, i);
	assert_pos(&l.v[3000], (int)body_line, 1, "CREATE FUNCTION f()");
	assert_pos(&l.v[6001], (int)atomic_line, 1, "CREATE FUNCTION g()");
	assert_pos(&l.v[9002], (int)comment_line, 1, "COMMENT ON TABLE t000000");
	assert_pos(&l.v[l.n - 1], (int)line, 1, "CREATE TABLE last");

	/* an error in the first chunk is found by the longer retries, at its place */
	char *bad = strstr(sb.buf, "t000010 (id int");
	memcpy(bad + 9, "id int,)", 8);
	path = write_file(fx, "chunks-broken.sql", sb.buf, sb.len);
	assert_int_equal(load_and_parse(fx, path, &src, &l, &err), -1);
	assert_int_equal(err.line, 11);
	assert_non_null(strstr(err.message, "syntax error"));
	strbuf_release(&sb);
}

static void check_positions(const struct source_file *f, const char *t)
{
	int line, col;
	source_position(f, 0, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	source_position(f, 3, &line, &col); /* 'c' */
	assert_int_equal(line, 2);
	assert_int_equal(col, 1);
	source_position(f, 6, &line, &col); /* the '\n' after "cé" (é is 2 bytes) */
	assert_int_equal(line, 2);
	assert_int_equal(col, 3);
	size_t x = (size_t)(strchr(t, 'x') - t);
	source_position(f, x, &line, &col);
	assert_int_equal(line, 3);
	assert_int_equal(col, 3);
	/* past the end clamps to the end */
	source_position(f, 1000, &line, &col);
	assert_int_equal(line, 3);
	assert_int_equal(col, 4);
}

static void test_source_position_helpers(void **state)
{
	(void)state;
	const char *t = "ab\ncé\n名前x";
	/* the same answers with and without the line index */
	struct source_file f = { .path = "mem", .text = t, .len = strlen(t) };
	check_positions(&f, t);
	struct arena a = ARENA_INIT;
	source_index_lines(&a, &f);
	assert_int_equal(f.n_lines, 3);
	check_positions(&f, t);
	arena_free(&a);

	assert_int_equal(source_char_to_byte("cé名x", 0), 0);
	assert_int_equal(source_char_to_byte("cé名x", 2), 3);
	assert_int_equal(source_char_to_byte("cé名x", 3), 6);
	assert_int_equal(source_char_to_byte("cé名x", 99), strlen("cé名x"));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_split_positions),
		T(test_column_counts_characters),
		T(test_last_statement_without_semicolon),
		T(test_dollar_quoted_body_not_split),
		T(test_empty_and_comment_only_files),
		T(test_statements_across_files),
		T(test_refusals_located),
		T(test_refusals_name_the_statement),
		T(test_unknown_statement_named_like_libpg_query),
		T(test_refusal_hints),
		T(test_refusal_after_utf8),
		T(test_syntax_error_position),
		T(test_syntax_error_after_utf8),
		T(test_syntax_error_misspelled_keyword),
		T(test_unterminated_string),
		T(test_accepted_statements),
		T(test_set_timeout_not_executed),
		T(test_pg_dump_script_accepted),
		T(test_other_psql_commands_refused),
		T(test_ownership_not_executed),
		T(test_alter_table_owner_not_executed),
		T(test_names_recorded),
		T(test_statistics_names),
		T(test_directory_loading),
		T(test_directory_and_file_keep_argument_order),
		T(test_missing_path),
		T(test_unreadable_file),
		T(test_dangling_symlink),
		T(test_unreadable_directory),
		T(test_nul_byte_refused),
		T(test_large_file_read_whole),
		T(test_large_file_in_halves),
		T(test_large_file_middle_inside_a_body),
		T(test_large_file_error_in_second_half),
		T(test_chunk_cuts_inside_statements),
		T(test_source_position_helpers),
		T(test_empty_directory),
	};
#undef T
	return cmocka_run_group_tests_name("parser: sources, statements, refusals", tests, NULL,
					   NULL);
}
