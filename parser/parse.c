/*
 * parse.c: split each file into statements with libpg_query, locate them,
 * classify them and collect their names.
 *
 * libpg_query reports parse errors as a 1-based character offset into the
 * whole file, and statement locations as 0-based byte offsets; both become
 * file:line:col here, through source_position().  Each file is parsed once;
 * the protobuf tree is freed before the next file, and everything kept is
 * copied into the arena.
 */
#include "pgq.h"
#include "source.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/util.h"

#include <stdio.h>
#include <string.h>

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

static int parse_file(struct arena *a, const struct source_file *f, struct statement **v,
		      size_t *n, size_t *cap, struct sd_error *err)
{
	PgQueryProtobufParseResult r = pg_query_parse_protobuf(f->text);
	if (r.error) {
		size_t off = r.error->cursorpos > 0
				     ? source_char_to_byte(f->text, (size_t)r.error->cursorpos - 1)
				     : 0;
		int line, col;
		source_position(f, off, &line, &col);
		sd_error_set_at(err, SD_ERR_INPUT, f->path, line, col, "%s", r.error->message);
		pg_query_free_protobuf_parse_result(r);
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
		size_t end = raw->stmt_len > 0 ? start + (size_t)raw->stmt_len : f->len;
		start = skip_blank(f->text, start, end);

		struct statement st = { .file = f, .offset = start };
		source_position(f, start, &st.line, &st.col);
		const char *hint, *why = classify_statement(raw->stmt, &st.tag, &st.execute, &hint);
		if (why) {
			rc = sd_error_set_at(err, SD_ERR_INPUT, f->path, st.line, st.col, "%s %s",
					     st.tag, why);
			if (hint)
				sd_error_hint(err, "%s", hint);
			break;
		}
		st.sql = arena_strndup(a, f->text + start, end - start);
		collect_names(a, raw->stmt, &st);
		collect_sources(a, raw->stmt, &st);
		if (*n == *cap) {
			size_t nc = *cap ? *cap * 2 : 64;
			*v = arena_grow(a, *v, *n, nc, sizeof(**v));
			*cap = nc;
		}
		st.seq = *n;
		(*v)[(*n)++] = st;
	}
	pg_query__parse_result__free_unpacked(tree, NULL);
	return rc;
}

int parse_sources(struct arena *a, const struct source_set *src, struct statement_list *out,
		  struct sd_error *err)
{
	size_t cap = 0;
	out->v = NULL;
	out->n = 0;
	for (size_t i = 0; i < src->n; i++)
		if (parse_file(a, &src->files[i], &out->v, &out->n, &cap, err) < 0)
			return -1;
	return 0;
}

bool index_statement_name(const char *sql, char *schema, size_t ns, char *name, size_t nn)
{
	PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql);
	PgQuery__ParseResult *tree = r.error ? NULL : pg_query__parse_result__unpack(
		NULL, r.parse_tree.len, (const uint8_t *)r.parse_tree.data);
	pg_query_free_protobuf_parse_result(r);
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
