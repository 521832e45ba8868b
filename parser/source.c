/* source.c: see source.h. */
#include "source.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../common/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

struct path_list {
	char **v;
	size_t n, cap;
};

static void path_push(struct path_list *l, char *p)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xrealloc(l->v, l->cap * sizeof(*l->v));
	}
	l->v[l->n++] = p;
}

static int ends_with_sql(const char *name)
{
	size_t n = strlen(name);
	return n > 4 && !strcasecmp(name + n - 4, ".sql");
}

/* The directories from the one given down to the one being read, so that
 * a symbolic link back up (a loop) is named, not followed until the path
 * is too long. */
struct dir_chain {
	const struct dir_chain *up;
	dev_t dev;
	ino_t ino;
	const char *path;
};

static int walk_dir(const char *dir, const struct dir_chain *up, struct path_list *l,
		    struct sd_error *err);

/* Walk the subdirectory p (whose stat is st) unless it is one of its own
 * ancestors. */
static int walk_subdir(const char *p, const struct stat *st, const struct dir_chain *up,
		       struct path_list *l, struct sd_error *err)
{
	for (const struct dir_chain *c = up; c; c = c->up)
		if (c->dev == st->st_dev && c->ino == st->st_ino)
			return sd_error_set_at(err, SD_ERR_INPUT, p, 0, 0,
					       "a directory loop: this is %s again", c->path);
	struct dir_chain here = { up, st->st_dev, st->st_ino, p };
	return walk_dir(p, &here, l, err);
}

/* Collect *.sql below dir into l; errors name the directory. */
static int walk_dir(const char *dir, const struct dir_chain *up, struct path_list *l,
		    struct sd_error *err)
{
	DIR *d = opendir(dir);
	if (!d)
		return sd_error_set_at(err, SD_ERR_INPUT, dir, 0, 0, "could not open directory: %s",
				       strerror(errno));
	struct dirent *e;
	int rc = 0;
	while (rc == 0 && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		size_t n = strlen(dir) + strlen(e->d_name) + 2;
		char *p = xmalloc(n);
		snprintf(p, n, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(p, &st) < 0) {
			rc = sd_error_set_at(err, SD_ERR_INPUT, p, 0, 0, "could not stat: %s",
					     strerror(errno));
			free(p);
		} else if (S_ISDIR(st.st_mode)) {
			rc = walk_subdir(p, &st, up, l, err);
			free(p);
		} else if (S_ISREG(st.st_mode) && ends_with_sql(e->d_name)) {
			path_push(l, p);
		} else {
			free(p);
		}
	}
	closedir(d);
	return rc;
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Where each line starts, so a position costs a binary search and one
 * line's characters, not a scan from the top of the file. */
void source_index_lines(struct arena *a, struct source_file *f)
{
	size_t n = 1;
	for (size_t i = 0; i < f->len; i++)
		n += f->text[i] == '\n';
	f->line_starts = arena_alloc(a, n * sizeof(*f->line_starts));
	f->n_lines = 0;
	f->line_starts[f->n_lines++] = 0;
	for (size_t i = 0; i < f->len; i++)
		if (f->text[i] == '\n')
			f->line_starts[f->n_lines++] = i + 1;
}

/* far beyond any schema (10,000 tables are 7 MB of SQL) */
#define MAX_FILE_BYTES (1 << 30)

/* The offset of the first byte of s[0..len) that is not well-formed UTF-8
 * (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), or
 * len.  PostgreSQL rejects such text only when a statement reaches the
 * server, at the statement's start; libpg_query counts its characters
 * wrongly before that, so every later position would be off. */
static size_t first_invalid_utf8(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		unsigned c = u[i];
		size_t n;
		unsigned lo = 0x80, hi = 0xBF; /* the second byte's range */
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			n = 2;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 3;
			if (c == 0xE0)
				lo = 0xA0; /* overlong */
			else if (c == 0xED)
				hi = 0x9F; /* surrogates */
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 4;
			if (c == 0xF0)
				lo = 0x90; /* overlong */
			else if (c == 0xF4)
				hi = 0x8F; /* past U+10FFFF */
		} else {
			return i;
		}
		if (i + n > len || u[i + 1] < lo || u[i + 1] > hi)
			return i;
		for (size_t k = 2; k < n; k++)
			if ((u[i + k] & 0xC0) != 0x80)
				return i;
		i += n;
	}
	return len;
}

static int read_file(struct arena *a, const char *path, struct source_file *f,
		     struct sd_error *err)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "could not read file: %s",
				       strerror(errno));
	size_t cap = 8192, len = 0;
	char *buf = xmalloc(cap);
	size_t got;
	size_t nul = SIZE_MAX; /* an offset: the buffer may move */
	/* a NUL ends the read at once, and so does a size no schema has: a
	 * device or pipe given by mistake (/dev/zero) must not take all memory */
	while (nul == SIZE_MAX && len <= MAX_FILE_BYTES &&
	       (got = fread(buf + len, 1, cap - len - 1, fp)) > 0) {
		const char *at = memchr(buf + len, '\0', got);
		if (at)
			nul = (size_t)(at - buf);
		len += got;
		if (cap - len - 1 == 0) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
	}
	int bad = ferror(fp);
	fclose(fp);
	if (bad) {
		free(buf);
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "could not read file");
	}
	if (nul != SIZE_MAX) {
		int line, col;
		source_position(&(struct source_file){ .text = buf, .len = len }, nul, &line, &col);
		free(buf);
		return sd_error_set_at(err, SD_ERR_INPUT, path, line, col,
				       "file contains a NUL byte; is it SQL text?");
	}
	if (len > MAX_FILE_BYTES) {
		free(buf);
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0,
				       "file is larger than %d MiB; is it SQL text?",
				       MAX_FILE_BYTES >> 20);
	}
	size_t invalid = first_invalid_utf8(buf, len);
	if (invalid < len) {
		int line, col;
		source_position(&(struct source_file){ .text = buf, .len = len }, invalid, &line,
				&col);
		unsigned byte = (unsigned char)buf[invalid];
		free(buf);
		sd_error_set_at(err, SD_ERR_INPUT, path, line, col,
				"invalid UTF-8 (byte 0x%02x); the files are read as UTF-8", byte);
		sd_error_hint(err, "convert the file, e.g. iconv -f LATIN1 -t UTF-8");
		return -1;
	}
	/* a UTF-8 byte order mark, as some editors write, is no SQL: blanked,
	 * and the first line starts after it, so that columns count as the
	 * editor shows them */
	bool bom = len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3);
	if (bom)
		memset(buf, ' ', 3);
	f->path = arena_strdup(a, path);
	f->text = arena_strndup(a, buf, len);
	f->len = len;
	source_index_lines(a, f);
	if (bom)
		f->line_starts[0] = 3;
	free(buf);
	return 0;
}

struct file_id {
	dev_t dev;
	ino_t ino;
	size_t at;
};

static int cmp_file_id(const void *x, const void *y)
{
	const struct file_id *a = x, *b = y;
	if (a->dev != b->dev)
		return a->dev < b->dev ? -1 : 1;
	if (a->ino != b->ino)
		return a->ino < b->ino ? -1 : 1;
	return (a->at > b->at) - (a->at < b->at);
}

/* Which paths of l name a file an earlier path names too (a directory
 * and a file in it, two spellings of one path): true at those places. */
static bool *repeated_files(const struct path_list *l)
{
	bool *again = calloc(l->n + 1, sizeof(*again));
	struct file_id *ids = xmalloc((l->n + 1) * sizeof(*ids));
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct stat st;
		if (stat(l->v[i], &st) == 0)
			ids[n++] = (struct file_id){ st.st_dev, st.st_ino, i };
	}
	qsort(ids, n, sizeof(*ids), cmp_file_id);
	for (size_t k = 1; k < n; k++)
		if (ids[k].dev == ids[k - 1].dev && ids[k].ino == ids[k - 1].ino)
			again[ids[k].at] = true;
	free(ids);
	return again;
}

int source_load(struct arena *a, const char *const *paths, size_t npaths,
		struct source_set *out, struct sd_error *err)
{
	struct path_list l = { 0 };
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < npaths; i++) {
		struct stat st;
		if (stat(paths[i], &st) < 0)
			rc = sd_error_set_at(err, SD_ERR_INPUT, paths[i], 0, 0,
					     "could not read schema path: %s", strerror(errno));
		else if (S_ISDIR(st.st_mode)) {
			size_t first = l.n;
			rc = walk_subdir(paths[i], &st, NULL, &l, err);
			if (rc == 0 && l.n > first)
				qsort(l.v + first, l.n - first, sizeof(*l.v), cmp_path);
			/* read as an empty desired state, it would plan to drop
			 * everything: a wrong directory must not look like that */
			else if (rc == 0)
				rc = sd_error_set_at(err, SD_ERR_INPUT, paths[i], 0, 0,
						     "no .sql files in this directory (for an empty "
						     "desired state, give an empty .sql file)");
		} else
			path_push(&l, xstrdup(paths[i]));
	}
	out->files = rc == 0 ? arena_alloc(a, (l.n ? l.n : 1) * sizeof(*out->files)) : NULL;
	out->n = 0;
	/* a file reached twice is read once, at its first place */
	bool *again = repeated_files(&l);
	for (size_t i = 0; i < l.n; i++) {
		if (rc != 0 || again[i])
			continue;
		if (read_file(a, l.v[i], &out->files[out->n], err) == 0)
			out->n++;
		else
			rc = -1;
	}
	free(again);
	for (size_t i = 0; i < l.n; i++)
		free(l.v[i]);
	free(l.v);
	return rc;
}

void source_position(const struct source_file *f, size_t off, int *line, int *col)
{
	if (off > f->len)
		off = f->len;
	size_t ln = 0, start = 0;
	if (f->line_starts) {
		size_t lo = 0, hi = f->n_lines; /* the last line starting at or before off */
		while (hi - lo > 1) {
			size_t mid = (lo + hi) / 2;
			if (f->line_starts[mid] <= off)
				lo = mid;
			else
				hi = mid;
		}
		ln = lo;
		start = f->line_starts[lo];
	} else {
		for (size_t i = 0; i < off; i++)
			if (f->text[i] == '\n')
				ln++, start = i + 1;
	}
	int c = 1;
	for (size_t i = start; i < off; i++)
		if (((unsigned char)f->text[i] & 0xC0) != 0x80)
			c++; /* count characters, not UTF-8 continuation bytes */
	*line = (int)ln + 1;
	*col = c;
}

size_t source_char_to_byte(const char *s, size_t nchars)
{
	size_t i = 0;
	while (s[i] && nchars > 0) {
		i++;
		while (s[i] && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		nchars--;
	}
	return i;
}
