/* error.c: see error.h. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void fill(char *dst, size_t n, const char *fmt, va_list ap)
{
	vsnprintf(dst, n, fmt, ap);
}

int sd_error_set(struct sd_error *err, enum sd_error_kind kind, const char *fmt, ...)
{
	va_list ap;
	memset(err, 0, sizeof(*err));
	err->kind = kind;
	va_start(ap, fmt);
	fill(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return -1;
}

int sd_error_set_at(struct sd_error *err, enum sd_error_kind kind, const char *file,
		    int line, int col, const char *fmt, ...)
{
	va_list ap;
	memset(err, 0, sizeof(*err));
	err->kind = kind;
	snprintf(err->file, sizeof(err->file), "%s", file ? file : "");
	err->line = line;
	err->col = col;
	va_start(ap, fmt);
	fill(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return -1;
}

void sd_error_detail(struct sd_error *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fill(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
}

void sd_error_hint(struct sd_error *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fill(err->hint, sizeof(err->hint), fmt, ap);
	va_end(ap);
}

void sd_error_print(const struct sd_error *err)
{
	if (err->file[0] && err->line > 0)
		fprintf(stderr, "%s:%d:%d: error: %s\n", err->file, err->line,
			err->col > 0 ? err->col : 1, err->message);
	else if (err->file[0])
		fprintf(stderr, "%s: error: %s\n", err->file, err->message);
	else
		fprintf(stderr, "schemadiff: error: %s\n", err->message);
	if (err->detail[0])
		fprintf(stderr, "DETAIL:  %s\n", err->detail);
	if (err->hint[0])
		fprintf(stderr, "HINT:  %s\n", err->hint);
}
