/*
 * error.h: the error every fallible function fills and returns.
 *
 * Functions return 0 on success and -1 on failure after filling *err with
 * sd_error_set() (or the _at variant for a place in a user's file).  Only
 * main() prints an error and picks the exit code from err->kind.  Messages
 * read like PostgreSQL's own: lowercase, subject in quotes, no full stop.
 */
#ifndef SD_ERROR_H
#define SD_ERROR_H

enum sd_error_kind {
	SD_ERR_INPUT = 2,    /* usage, unreadable file, bad SQL: exit 2 */
	SD_ERR_DATABASE = 3, /* connection or server failure: exit 3 */
};

struct sd_error {
	enum sd_error_kind kind;
	char file[512];      /* empty when the error has no place in a file */
	int line, col;       /* 1-based; 0 when unknown */
	char message[1024];
	char detail[2048];
	char hint[512];
};

int sd_error_set(struct sd_error *err, enum sd_error_kind kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int sd_error_set_at(struct sd_error *err, enum sd_error_kind kind, const char *file,
		    int line, int col, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
void sd_error_detail(struct sd_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sd_error_hint(struct sd_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print as "file:line:col: error: msg" (or "schemadiff: error: msg") plus
 * DETAIL/HINT lines. */
void sd_error_print(const struct sd_error *err);

#endif
