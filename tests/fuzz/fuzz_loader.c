/*
 * fuzz_loader.c: libFuzzer harness for the desired-state loader.
 *
 * Any bytes as one .sql file: split and parse (libpg_query), classify,
 * find names and expression texts, order, and map every statement's and
 * every error's place to line:col.  Nothing may crash, leak or read out of
 * bounds (ASan/UBSan), and every place must lie inside the file.
 */
#include "../../common/arena.h"
#include "../../common/error.h"
#include "../../parser/source.h"
#include "../../parser/statement.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int lines_in(const char *s, size_t n)
{
	int lines = 1;
	for (size_t i = 0; i < n; i++)
		lines += s[i] == '\n';
	return lines;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (memchr(data, '\0', size)) /* source_load refuses files with NUL bytes */
		return 0;
	struct arena a = ARENA_INIT;
	struct source_file f = { .path = "fuzz.sql", .text = arena_strndup(&a, (const char *)data, size),
				 .len = size };
	source_index_lines(&a, &f);
	struct source_set set = { &f, 1 };
	struct statement_list stmts;
	struct sd_error err;
	memset(&err, 0, sizeof(err));
	int max_line = lines_in(f.text, size);
	if (parse_sources(&a, &set, &stmts, &err) == 0) {
		order_statements(&a, &stmts);
		for (size_t i = 0; i < stmts.n; i++) {
			const struct statement *st = &stmts.v[i];
			int line, col;
			source_position(&f, st->offset, &line, &col);
			if (st->offset > size || line < 1 || line > max_line || col < 1 ||
			    line != st->line || col != st->col)
				abort();
			for (size_t k = 0; k < st->n_after; k++)
				if (st->after[k] >= i) /* creators come first */
					abort();
		}
	} else if (err.line > max_line || err.line < 0 || err.col < 0) {
		abort();
	}
	arena_free(&a);
	return 0;
}
