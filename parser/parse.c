/*
 * parse.c: split each file into statements with libpg_query, locate them,
 * classify them and collect their names.
 *
 * libpg_query reports parse errors as a 1-based character offset into the
 * whole file, and statement locations as 0-based byte offsets; both become
 * file:line:col here, through source_position().  A file is parsed a
 * chunk at a time (see parse_range), a large one in two halves at once
 * (see parse_halves); each chunk's protobuf tree is freed before the next,
 * and everything kept is copied into the arena.
 */
#include "pgq.h"
#include "source.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/util.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Skip blanks and comments: a statement's location in libpg_query starts
 * right after the previous semicolon. */
static size_t skip_blank(const char *t, size_t i, size_t end)
{
	for (;;) {
		while (i < end && strchr(" \t\r\n\f\v", t[i]))
			i++;
		if (i + 1 < end && t[i] == '-' && t[i + 1] == '-') {
			while (i < end && t[i] != '\n')
				i++;
		} else if (i + 1 < end && t[i] == '/' && t[i + 1] == '*') {
			int depth = 0;
			do {
				if (i + 1 < end && t[i] == '/' && t[i + 1] == '*')
					depth++, i += 2;
				else if (i + 1 < end && t[i] == '*' && t[i + 1] == '/')
					depth--, i += 2;
				else
					i++;
			} while (i < end && depth > 0);
		} else {
			return i;
		}
	}
}

/* Statements in the order they were parsed, with room to grow. */
struct parsed {
	struct statement *v;
	size_t n, cap;
};

/* Append a copy of st, numbered by its place in the input (seq). */
static void parsed_add(struct arena *a, struct parsed *out, const struct statement *st)
{
	if (out->n == out->cap) {
		size_t nc = out->cap ? out->cap * 2 : 64;
		out->v = arena_grow(a, out->v, out->n, nc, sizeof(*out->v));
		out->cap = nc;
	}
	out->v[out->n] = *st;
	out->v[out->n].seq = out->n;
	out->n++;
}

/* pg_dump (since 15.14) brackets its script with the psql meta-commands
 * "\restrict KEY" and "\unrestrict KEY", which are not SQL.  When the
 * parser stops on one of those at the start of a line (so outside any
 * statement, string or body), the line is blanked in place, which keeps
 * every offset, and the text parsed again.  *copy is the writable copy,
 * made on the first such line.  Any other meta-command stays an error. */
static bool blank_dump_meta_command(struct arena *a, const char **text, char **copy, int cursorpos)
{
	if (cursorpos <= 0)
		return false;
	size_t at = source_char_to_byte(*text, (size_t)cursorpos - 1);
	const char *p = *text + at;
	if (*p != '\\' || (at > 0 && (*text)[at - 1] != '\n') ||
	    (strncmp(p, "\\restrict ", 10) && strncmp(p, "\\unrestrict ", 12)))
		return false;
	if (!*copy)
		*text = *copy = arena_strdup(a, *text);
	memset(*copy + at, ' ', strcspn(p, "\n"));
	return true;
}

/* Parse text, which holds bytes [base, base + len) of file f (all of it
 * when base is 0 and len is f->len), appending its statements to out.
 * libpg_query's offsets are into text; the statements keep file offsets.
 * *syntax tells a failure to parse (nothing appended) from a statement
 * refused after a successful parse. */
static int parse_part(struct arena *a, const struct source_file *f, size_t base,
		      const char *text, size_t len, struct parsed *out, bool *syntax,
		      struct sd_error *err)
{
	*syntax = false;
	PgQueryProtobufParseResult r = pg_query_parse_protobuf(text);
	for (char *copy = NULL;
	     r.error && blank_dump_meta_command(a, &text, &copy, r.error->cursorpos);) {
		pg_query_free_protobuf_parse_result(r);
		r = pg_query_parse_protobuf(text);
	}
	if (r.error) {
		size_t off = r.error->cursorpos > 0
				     ? source_char_to_byte(text, (size_t)r.error->cursorpos - 1)
				     : 0;
		int line, col;
		source_position(f, base + off, &line, &col);
		sd_error_set_at(err, SD_ERR_INPUT, f->path, line, col, "%s", r.error->message);
		pg_query_free_protobuf_parse_result(r);
		*syntax = true;
		return -1;
	}
	PgQuery__ParseResult *tree = pg_query__parse_result__unpack(
		NULL, r.parse_tree.len, (const uint8_t *)r.parse_tree.data);
	pg_query_free_protobuf_parse_result(r);
	if (!tree)
		die("could not unpack libpg_query's parse tree for %s", f->path);

	int rc = 0;
	for (size_t i = 0; rc == 0 && i < tree->n_stmts; i++) {
		const PgQuery__RawStmt *raw = tree->stmts[i];
		size_t start = raw->stmt_location > 0 ? (size_t)raw->stmt_location : 0;
		size_t end = raw->stmt_len > 0 ? start + (size_t)raw->stmt_len : len;
		start = skip_blank(text, start, end);

		/* node locations are offsets into text, and so is st.offset
		 * while the sources are collected */
		struct statement st = { .file = f, .offset = start };
		source_position(f, base + start, &st.line, &st.col);
		const char *hint, *why = classify_statement(raw->stmt, &st.tag, &st.execute, &hint);
		if (why) {
			rc = sd_error_set_at(err, SD_ERR_INPUT, f->path, st.line, st.col, "%s %s",
					     st.tag, why);
			if (hint)
				sd_error_hint(err, "%s", hint);
			break;
		}
		st.sql = arena_strndup(a, text + start, end - start);
		st.superuser = statement_needs_superuser(raw->stmt);
		collect_names(a, raw->stmt, &st);
		collect_sources(a, raw->stmt, &st);
		st.offset += base;
		parsed_add(a, out, &st);
	}
	pg_query__parse_result__free_unpacked(tree, NULL);
	return rc;
}

/* --- a file a chunk at a time -------------------------------------------
 *
 * libpg_query turns all the text it is given into one protobuf tree, which
 * the unpacked copy then doubles: for a file of megabytes, hundreds of
 * megabytes at once.  So text is handed over about CHUNK_BYTES at a time,
 * each chunk ending at a semicolon that ends a line.  Such a cut may fall
 * inside a statement (a function body, a string, a comment), and then the
 * chunk cannot parse: the text before a false cut is always unfinished (an
 * open quote, comment, parenthesis or BEGIN ATOMIC).  A chunk that fails
 * is taken again twice as long, until it parses or reaches the end of the
 * range; a failure there is the file's own error, at the same place a
 * parse of the whole file gives.  A chunk that parses started at a true
 * boundary (the one before it did), so it ends at one too. */

#define CHUNK_BYTES (256 * 1024)

/* Just past the first semicolon ending a line at or after from, within
 * [0, end); end when there is none. */
static size_t cut_at_or_after(const struct source_file *f, size_t from, size_t end)
{
	for (size_t i = from; i + 1 < end; i++)
		if (f->text[i] == ';' && f->text[i + 1] == '\n')
			return i + 1;
	return end;
}

/* Parse bytes [base, base + len) of f, which start at a statement
 * boundary, appending their statements to out. */
static int parse_range(struct arena *a, const struct source_file *f, size_t base, size_t len,
		       struct parsed *out, struct sd_error *err)
{
	size_t end = base + len, cap = 0;
	char *chunk = NULL;
	int rc = 0;
	for (size_t start = base; rc == 0 && start < end;) {
		for (size_t want = CHUNK_BYTES;; want *= 2) {
			size_t stop = want < end - start ? cut_at_or_after(f, start + want, end) : end;
			if (stop - start + 1 > cap) {
				cap = stop - start + 1;
				chunk = xrealloc(chunk, cap);
			}
			memcpy(chunk, f->text + start, stop - start);
			chunk[stop - start] = '\0';
			bool syntax;
			rc = parse_part(a, f, start, chunk, stop - start, out, &syntax, err);
			if (rc == 0)
				start = stop;
			if (rc == 0 || !syntax || stop == end)
				break;
		}
	}
	free(chunk);
	return rc;
}

/* --- a large file in two halves, on two threads --------------------------
 *
 * Parsing is most of what a large desired state costs before the load
 * starts, and libpg_query keeps its state per thread.  The file is cut
 * after a semicolon that ends a line near its middle, and each half is
 * parsed on its own thread into an arena of its own.  Whether the cut
 * really fell between two statements is not known beforehand (the
 * semicolon may sit inside a string, a comment, a function body or
 * parentheses), but a cut anywhere else leaves the first half unfinished
 * (an open quote, comment or parenthesis), which fails to parse.  So when
 * both halves parse they give the statements the whole file gives; when
 * either fails, the whole file is parsed again on one thread, which is
 * also what reports the error at its place. */

#define SPLIT_MIN_BYTES (1024 * 1024)

struct half {
	struct arena arena;
	const struct source_file *f;
	size_t base, len;
	struct parsed out;
	int rc;
	struct sd_error err;
};

static void *parse_half(void *arg)
{
	struct half *h = arg;
	memset(&h->err, 0, sizeof(h->err));
	h->rc = parse_range(&h->arena, h->f, h->base, h->len, &h->out, &h->err);
	return NULL;
}

/* The offset just past a semicolon that ends a line, at or after the
 * middle of f; 0 when there is none. */
static size_t middle_cut(const struct source_file *f)
{
	size_t cut = cut_at_or_after(f, f->len / 2, f->len);
	return cut < f->len ? cut : 0;
}

/* Whether the two halves parsed (their statements appended to out); false
 * when the file must be parsed whole. */
static bool parse_halves(struct arena *a, const struct source_file *f, struct parsed *out)
{
	size_t cut = middle_cut(f);
	if (cut == 0)
		return false;
	struct half h[2] = {
		{ .arena = ARENA_INIT, .f = f, .base = 0, .len = cut },
		{ .arena = ARENA_INIT, .f = f, .base = cut, .len = f->len - cut },
	};
	pthread_t first;
	bool threaded = pthread_create(&first, NULL, parse_half, &h[0]) == 0;
	if (!threaded)
		parse_half(&h[0]);
	parse_half(&h[1]);
	if (threaded)
		pthread_join(first, NULL);
	bool ok = h[0].rc == 0 && h[1].rc == 0;
	for (int k = 0; ok && k < 2; k++)
		for (size_t i = 0; i < h[k].out.n; i++)
			parsed_add(a, out, &h[k].out.v[i]);
	for (int k = 0; k < 2; k++) {
		if (ok)
			arena_adopt(a, &h[k].arena);
		else
			arena_free(&h[k].arena);
	}
	return ok;
}

static bool worth_splitting(const struct source_file *f)
{
	return f->len >= SPLIT_MIN_BYTES && sysconf(_SC_NPROCESSORS_ONLN) > 1;
}

int parse_sources(struct arena *a, const struct source_set *src, struct statement_list *out,
		  struct sd_error *err)
{
	struct parsed all = { 0 };
	out->v = NULL;
	out->n = 0;
	for (size_t i = 0; i < src->n; i++) {
		const struct source_file *f = &src->files[i];
		if (worth_splitting(f) && parse_halves(a, f, &all))
			continue;
		if (parse_range(a, f, 0, f->len, &all, err) < 0)
			return -1;
	}
	out->v = all.v;
	out->n = all.n;
	return 0;
}

/* The parse tree of one rendered statement (free it with
 * pg_query__parse_result__free_unpacked), or NULL when it does not parse. */
static PgQuery__ParseResult *parse_rendered(const char *sql)
{
	PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql);
	PgQuery__ParseResult *tree = r.error ? NULL : pg_query__parse_result__unpack(
		NULL, r.parse_tree.len, (const uint8_t *)r.parse_tree.data);
	pg_query_free_protobuf_parse_result(r);
	return tree;
}

bool index_statement_name(const char *sql, char *schema, size_t ns, char *name, size_t nn)
{
	PgQuery__ParseResult *tree = parse_rendered(sql);
	if (!tree)
		return false;
	const PgQuery__IndexStmt *ix = tree->n_stmts == 1 ? tree->stmts[0]->stmt->index_stmt : NULL;
	bool ok = ix && ix->idxname && ix->relation && ix->relation->schemaname &&
		  strlen(ix->idxname) < nn && strlen(ix->relation->schemaname) < ns;
	if (ok) {
		/* an index lives in its table's schema */
		snprintf(schema, ns, "%s", ix->relation->schemaname);
		snprintf(name, nn, "%s", ix->idxname);
	}
	pg_query__parse_result__free_unpacked(tree, NULL);
	return ok;
}

bool sql_needs_superuser(const char *sql)
{
	/* most statements cannot: only a parse tells a LEAKPROOF in a body */
	if (!strncmp(sql, "CREATE EXTENSION ", 17) || !strncmp(sql, "DROP EXTENSION ", 15) ||
	    !strncmp(sql, "ALTER EXTENSION ", 16))
		return true;
	PgQuery__ParseResult *tree = strcasestr(sql, "LEAKPROOF") ? parse_rendered(sql) : NULL;
	if (!tree)
		return false;
	bool super = false;
	for (size_t i = 0; i < tree->n_stmts; i++)
		super = super || statement_needs_superuser(tree->stmts[i]->stmt);
	pg_query__parse_result__free_unpacked(tree, NULL);
	return super;
}
