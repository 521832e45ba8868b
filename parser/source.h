/*
 * source.h: the user's desired-state files, read whole into memory.
 *
 * A PATH is a .sql file or a directory; a directory contributes its *.sql
 * files recursively, sorted by path (bytewise) so the order never depends
 * on the file system.  Positions inside a file are 0-based byte offsets;
 * source_position() turns one into the 1-based line and column (counted in
 * characters, so a column after "café" is right) used in every message.
 */
#ifndef SD_SOURCE_H
#define SD_SOURCE_H

#include <stddef.h>

struct arena;
struct sd_error;

struct source_file {
	const char *path;
	const char *text; /* NUL-terminated */
	size_t len;
	size_t *line_starts; /* byte offset of each line; NULL: not indexed */
	size_t n_lines;
};

struct source_set {
	struct source_file *files;
	size_t n;
};

int source_load(struct arena *a, const char *const *paths, size_t npaths,
		struct source_set *out, struct sd_error *err);
void source_position(const struct source_file *f, size_t byte_offset, int *line, int *col);
/* Index where f's lines start (source_load does it), so source_position()
 * costs a binary search instead of a scan from the top. */
void source_index_lines(struct arena *a, struct source_file *f);
/* Byte offset of the n-th character (0-based) of s, for server positions
 * that count characters. */
size_t source_char_to_byte(const char *s, size_t nchars);

#endif
