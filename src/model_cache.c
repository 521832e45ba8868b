/*
 * model_cache.c: the content-addressed cache of desired models.
 *
 * Loading the desired state into the shadow is the slow part of a plan,
 * and parsing the files the next.  The result depends only on the files'
 * bytes, the options that shape the model (schema filters, --privileges),
 * the server that loaded them and this tool's model format, so those are
 * hashed (XXH3-64) into a key, and stored under it are the rows of the
 * shadow's catalog reads and the user's expression texts the parser
 * cut out.  A hit rebuilds the model from those rows with the same reader
 * code (shadow_model_replay), without any server or parser.
 *
 * File: <cache dir>/models/<key>.model, written to a temporary file in the
 * same directory and renamed into place, so concurrent runs see either no
 * file or a whole one.  Layout (native byte order: the cache is local):
 *   "SDMC" u32 format, u64 key, u32 logs, then per log u32 rowsets, then per
 *   rowset: str name, u32 rows, u32 cols, cols x str, rows*cols x cell,
 *   and last u64 XXH3-64 of everything before it.
 * A str is u32 length + bytes + NUL; a cell is the same, or u32 0xffffffff
 * for SQL NULL.  A hit maps the file and checks all of it, but keeps the
 * rowsets packed: each is unpacked (or walked) when the replay reaches
 * it, and its pages are handed back once the replay is past it, so a warm
 * plan never holds the whole entry beside the models it builds.  A file
 * whose checksum, magic, key or bounds do not hold is treated as a miss
 * and replaced: never trusted.  The directory keeps the
 * MODEL_CACHE_KEEP most recently used entries; older ones are removed
 * after each store (a hit touches its entry).
 */
#include "model_cache.h"
#include "../common/arena.h"
#include "../common/strbuf.h"
#include "../common/util.h"
#include "../common/version.h"
#include "../parser/source.h"
#include "../schema/model.h"
#include "../schema/reader.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#define CACHE_MAGIC "SDMC"
#define CACHE_FORMAT 21u /* in the key too: an older layout, or a model read with
			   * other refusals (unmanaged.sql) or other queries, is a
			   * miss, not damage */
#define NULL_CELL 0xffffffffu

/* --- the key ------------------------------------------------------------ */

static void hash_str(XXH3_state_t *st, const char *s)
{
	uint64_t n = s ? strlen(s) : UINT64_MAX; /* NULL and "" differ */
	XXH3_64bits_update(st, &n, sizeof(n));
	if (s)
		XXH3_64bits_update(st, s, strlen(s));
}

void model_cache_key(const struct source_set *src, const struct schema_filter *f,
		     const char *server_version, struct cache_key *out)
{
	XXH3_state_t *st = XXH3_createState();
	XXH3_64bits_reset(st);
	uint64_t format[2] = { MODEL_FORMAT_VERSION, CACHE_FORMAT };
	XXH3_64bits_update(st, format, sizeof(format));
	hash_str(st, SCHEMADIFF_VERSION);
	hash_str(st, server_version);
	for (size_t i = 0; i < f->n_include; i++)
		hash_str(st, f->include[i]);
	hash_str(st, NULL); /* separates the two lists */
	for (size_t i = 0; i < f->n_exclude; i++)
		hash_str(st, f->exclude[i]);
	uint8_t privileges = f->privileges;
	XXH3_64bits_update(st, &privileges, 1);
	for (size_t i = 0; i < src->n; i++) {
		hash_str(st, src->files[i].path);
		uint64_t len = src->files[i].len;
		XXH3_64bits_update(st, &len, sizeof(len));
		XXH3_64bits_update(st, src->files[i].text, src->files[i].len);
	}
	out->hash = XXH3_64bits_digest(st);
	XXH3_freeState(st);
	snprintf(out->hex, sizeof(out->hex), "%016llx", (unsigned long long)out->hash);
}

/* --- where -------------------------------------------------------------- */

/* SCHEMADIFF_CACHE_DIR, else $XDG_CACHE_HOME/schemadiff, else
 * ~/.cache/schemadiff; "" when there is no home to put it in. */
static void cache_dir(char *out, size_t n)
{
	const char *env = getenv("SCHEMADIFF_CACHE_DIR"), *xdg = getenv("XDG_CACHE_HOME"),
		   *home = getenv("HOME");
	if (env && env[0])
		snprintf(out, n, "%s/models", env);
	else if (xdg && xdg[0])
		snprintf(out, n, "%s/schemadiff/models", xdg);
	else if (home && home[0])
		snprintf(out, n, "%s/.cache/schemadiff/models", home);
	else
		out[0] = '\0';
}

const char *model_cache_path(struct arena *a, const struct cache_key *k)
{
	char dir[4096];
	cache_dir(dir, sizeof(dir));
	return dir[0] ? arena_printf(a, "%s/%s.model", dir, k->hex) : NULL;
}

/* --- writing ------------------------------------------------------------ */

static void put_u32(struct strbuf *sb, uint32_t v)
{
	strbuf_add(sb, &v, sizeof(v));
}

static void put_str(struct strbuf *sb, const char *s)
{
	if (!s) {
		put_u32(sb, NULL_CELL);
		return;
	}
	uint32_t n = (uint32_t)strlen(s);
	put_u32(sb, n);
	strbuf_add(sb, s, (size_t)n + 1);
}

void model_cache_serialize(struct arena *a, const struct cache_key *k,
			   const struct catalog_log logs[MODEL_CACHE_LOGS], const char **out,
			   size_t *len)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_add(&sb, CACHE_MAGIC, 4);
	put_u32(&sb, CACHE_FORMAT);
	strbuf_add(&sb, &k->hash, sizeof(k->hash));
	put_u32(&sb, MODEL_CACHE_LOGS);
	for (int l = 0; l < MODEL_CACHE_LOGS; l++) {
		put_u32(&sb, (uint32_t)logs[l].n);
		for (size_t r = 0; r < logs[l].n; r++) {
			const struct rowset *rs = &logs[l].v[r];
			put_str(&sb, rs->name);
			put_u32(&sb, (uint32_t)rs->nrows);
			put_u32(&sb, (uint32_t)rs->ncols);
			for (int c = 0; c < rs->ncols; c++)
				put_str(&sb, rs->colnames[c]);
			for (size_t i = 0; i < (size_t)rs->nrows * (size_t)rs->ncols; i++)
				put_str(&sb, rs->cells[i]);
		}
	}
	uint64_t sum = XXH3_64bits(sb.buf, sb.len);
	strbuf_add(&sb, &sum, sizeof(sum));
	char *buf = arena_alloc(a, sb.len + 1);
	memcpy(buf, sb.buf, sb.len);
	*out = buf;
	*len = sb.len;
	strbuf_release(&sb);
}

/* Keep the MODEL_CACHE_KEEP most recently used entries of dir, so the
 * cache does not grow without bound. */
#define MODEL_CACHE_KEEP 32

struct entry_age {
	char name[64];
	time_t mtime;
};

static int newest_first(const void *x, const void *y)
{
	const struct entry_age *a = x, *b = y;
	return (a->mtime < b->mtime) - (a->mtime > b->mtime);
}

static void evict_old(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct entry_age *v = NULL;
	size_t n = 0, cap = 0;
	for (struct dirent *e; (e = readdir(d));) {
		size_t len = strlen(e->d_name);
		struct stat st;
		char path[4200];
		if (len < 7 || len >= sizeof(v->name) || strcmp(e->d_name + len - 6, ".model"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (stat(path, &st) != 0)
			continue;
		if (n == cap)
			v = realloc(v, (cap = cap ? cap * 2 : 64) * sizeof(*v));
		if (!v)
			break;
		memcpy(v[n].name, e->d_name, len + 1); /* len < sizeof(name), checked above */
		v[n++].mtime = st.st_mtime;
	}
	closedir(d);
	if (v && n > MODEL_CACHE_KEEP) {
		qsort(v, n, sizeof(*v), newest_first);
		for (size_t i = MODEL_CACHE_KEEP; i < n; i++) {
			char path[4200];
			snprintf(path, sizeof(path), "%s/%s", dir, v[i].name);
			unlink(path); /* a concurrent run may have removed it first */
		}
	}
	free(v);
}

int model_cache_store(struct arena *a, const struct cache_key *k,
		      const struct catalog_log logs[MODEL_CACHE_LOGS])
{
	const char *path = model_cache_path(a, k);
	if (!path)
		return -1;
	const char *data;
	size_t size;
	model_cache_serialize(a, k, logs, &data, &size);
	char *dir = arena_strdup(a, path);
	*strrchr(dir, '/') = '\0';
	char *tmp = arena_printf(a, "%s/.%s.XXXXXX", dir, k->hex);
	int fd = -1, rc = make_dirs(dir, strlen(dir), 0700);
	if (rc == 0 && (fd = mkstemp(tmp)) < 0)
		rc = -1;
	for (size_t off = 0; rc == 0 && off < size;) {
		ssize_t w = write(fd, data + off, size - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			rc = -1;
		else
			off += (size_t)w;
	}
	if (fd >= 0 && close(fd) != 0)
		rc = -1;
	if (rc == 0 && rename(tmp, path) != 0)
		rc = -1;
	if (rc == 0)
		evict_old(dir);
	if (rc != 0 && fd >= 0)
		unlink(tmp);
	return rc;
}

/* --- reading ------------------------------------------------------------ */

struct reader_buf {
	const char *p, *end;
	bool bad;
};

static uint32_t get_u32(struct reader_buf *b)
{
	uint32_t v = 0;
	if (b->end - b->p < (ptrdiff_t)sizeof(v)) {
		b->bad = true;
		return 0;
	}
	memcpy(&v, b->p, sizeof(v));
	b->p += sizeof(v);
	return v;
}

/* A string in place (in the entry's bytes); NULL for SQL NULL. */
static const char *get_str(struct reader_buf *b)
{
	uint32_t n = get_u32(b);
	if (b->bad || n == NULL_CELL)
		return NULL;
	if ((size_t)(b->end - b->p) < (size_t)n + 1 || b->p[n] != '\0') {
		b->bad = true;
		return NULL;
	}
	const char *s = b->p;
	b->p += (size_t)n + 1;
	return s;
}

/* The entry's bytes while its rowsets are packed in them (catalog_log's
 * packed_in).  A mapped file hands back the pages of each rowset once the
 * replay is done with it: they were read once, and are not needed again
 * (a page touched after all is read from the file again: the mapping is
 * private and never written). */
struct packed_entry {
	const char *base, *end; /* the cells' bytes end at end */
	size_t size;            /* of the mapping; 0 when not mapped */
	const struct rowset *taken; /* the rowset unpacked last, still in use */
};

/* The pages wholly inside [from, to) go back. */
static void hand_back_range(const struct packed_entry *e, const char *from, const char *to)
{
	if (!e->size)
		return;
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t lo = ((uintptr_t)from + page - 1) / page * page;
	uintptr_t hi = (uintptr_t)to / page * page;
	if (lo < hi)
		madvise((void *)lo, hi - lo, MADV_DONTNEED);
}

static void hand_back(const struct packed_entry *e, const struct rowset *rs)
{
	hand_back_range(e, rs->packed, rs->packed_end);
}

/* How far behind the row being walked each_packed_row() hands pages
 * back, and how often: the reader may still look at the rows of its
 * current part, about a megabyte of the columns (a page handed back too
 * early is only read from the file again). */
#define HAND_BACK_LAG (2u << 20)
#define HAND_BACK_STEP (256u << 10)

/* The replay takes rs next: the rowset it took before is done with (the
 * reader releases one before it asks for the next). */
static void take(struct packed_entry *e, const struct rowset *rs)
{
	if (e->taken)
		hand_back(e, e->taken);
	e->taken = rs;
}

static int each_packed_row(const struct catalog_log *log, const struct rowset *rs,
			   void (*row)(void *arg, const char *const *cells), void *arg)
{
	struct packed_entry *e = log->packed_in;
	take(e, rs);
	struct reader_buf b = { rs->packed, e->end, false };
	const char **cells = xmalloc(((size_t)rs->ncols + 1) * sizeof(*cells));
	const char *kept_from = rs->packed; /* the pages before it went back */
	for (int i = 0; i < rs->nrows && !b.bad; i++) {
		for (int c = 0; c < rs->ncols; c++)
			cells[c] = get_str(&b);
		if (!b.bad)
			row(arg, cells);
		/* the largest rowset (the columns) is as big as a model:
		 * its pages go as the walk leaves them behind */
		if ((size_t)(b.p - kept_from) > HAND_BACK_LAG + HAND_BACK_STEP) {
			hand_back_range(e, kept_from, b.p - HAND_BACK_LAG);
			kept_from = b.p - HAND_BACK_LAG;
		}
	}
	free(cells);
	take(e, NULL); /* no row is kept: rs's pages go now */
	return b.bad ? -1 : 0;
}

static int unpack_rows(const struct catalog_log *log, struct rowset *rs, struct arena *a)
{
	struct packed_entry *e = log->packed_in;
	take(e, rs);
	struct reader_buf b = { rs->packed, e->end, false };
	size_t cells = (size_t)rs->nrows * (size_t)rs->ncols;
	rs->cells = arena_alloc(a, (cells + 1) * sizeof(*rs->cells));
	for (size_t i = 0; i < cells && !b.bad; i++)
		rs->cells[i] = get_str(&b);
	return b.bad ? -1 : 0;
}

int model_cache_unpack_log(struct arena *a, struct catalog_log *log)
{
	for (size_t r = 0; r < log->n; r++)
		if (!log->v[r].cells && log->unpack && log->unpack(log, &log->v[r], a) < 0)
			return -1;
	return 0;
}

enum cache_result model_cache_parse(struct arena *a, const char *buf, size_t size,
				    const struct cache_key *k,
				    struct catalog_log logs[MODEL_CACHE_LOGS])
{
	uint64_t sum;
	if (size < 32)
		return CACHE_CORRUPT;
	memcpy(&sum, buf + size - sizeof(sum), sizeof(sum));
	if (sum != XXH3_64bits(buf, size - sizeof(sum)) || memcmp(buf, CACHE_MAGIC, 4))
		return CACHE_CORRUPT;
	struct reader_buf b = { buf + 4, buf + size - sizeof(sum), false };
	uint64_t key;
	if (get_u32(&b) != CACHE_FORMAT || b.end - b.p < (ptrdiff_t)sizeof(key))
		return CACHE_CORRUPT;
	memcpy(&key, b.p, sizeof(key));
	b.p += sizeof(key);
	if (key != k->hash || get_u32(&b) != MODEL_CACHE_LOGS)
		return CACHE_CORRUPT;
	struct packed_entry *e = arena_alloc(a, sizeof(*e));
	*e = (struct packed_entry){ .base = buf, .end = b.end };
	for (int l = 0; l < MODEL_CACHE_LOGS && !b.bad; l++) {
		uint32_t n = get_u32(&b);
		if (n > (uint32_t)(b.end - b.p)) /* each rowset takes bytes: bounds n */
			return CACHE_CORRUPT;
		logs[l] = (struct catalog_log){ .v = arena_alloc(a, (n + 1) * sizeof(struct rowset)),
						 .n = n, .cap = n, .unpack = unpack_rows,
						 .each_row = each_packed_row, .packed_in = e };
		for (uint32_t r = 0; r < n && !b.bad; r++) {
			struct rowset *rs = &logs[l].v[r];
			rs->name = get_str(&b);
			uint32_t rows = get_u32(&b), cols = get_u32(&b);
			size_t cells = (size_t)rows * cols;
			/* every cell takes at least 4 bytes, and a row at least
			 * one cell (a query without columns has no rows): so a
			 * walk row by row is bounded by the entry's size too */
			if (b.bad || !rs->name || rows > INT32_MAX || cols > 1600 ||
			    cells > (size_t)(b.end - b.p) / 4 + 1 || (cols == 0 && rows > 0))
				return CACHE_CORRUPT;
			rs->nrows = (int)rows;
			rs->ncols = (int)cols;
			rs->colnames = arena_alloc(a, (cols + 1) * sizeof(*rs->colnames));
			for (uint32_t c = 0; c < cols; c++)
				if (!(rs->colnames[c] = get_str(&b)))
					b.bad = true;
			/* every cell is checked now, and unpacked when replayed */
			rs->packed = b.p;
			for (size_t i = 0; i < cells && !b.bad; i++)
				get_str(&b);
			rs->packed_end = b.p;
		}
	}
	return b.bad || b.p != b.end ? CACHE_CORRUPT : CACHE_HIT;
}

enum cache_result model_cache_load(struct arena *a, const struct cache_key *k,
				   struct catalog_log logs[MODEL_CACHE_LOGS])
{
	const char *path = model_cache_path(a, k);
	int fd = path ? open(path, O_RDONLY | O_CLOEXEC) : -1;
	if (fd < 0)
		return CACHE_MISS;
	struct stat st;
	if (fstat(fd, &st) != 0 || st.st_size < 32) {
		close(fd);
		return CACHE_CORRUPT;
	}
	/* mapped, not read: the pages of rowsets already replayed go back.
	 * Entries are replaced by rename, never rewritten in place, so the
	 * mapping stays whole. */
	size_t size = (size_t)st.st_size;
	char *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
	enum cache_result r;
	if (map == MAP_FAILED) { /* a file system without mmap: read it */
		char *buf = arena_alloc(a, size + 1);
		size_t got = 0;
		for (ssize_t n; got < size && (n = read(fd, buf + got, size - got)) != 0;)
			if (n > 0)
				got += (size_t)n;
			else if (errno != EINTR)
				break;
		close(fd);
		r = got == size ? model_cache_parse(a, buf, size, k, logs) : CACHE_CORRUPT;
	} else {
		close(fd);
		r = model_cache_parse(a, map, size, k, logs);
		if (r != CACHE_HIT) {
			munmap(map, size);
			return r;
		}
		struct packed_entry *e = logs[0].packed_in;
		e->size = size;
		madvise(map, size, MADV_DONTNEED); /* the checksum read it all */
	}
	if (r == CACHE_HIT)
		utimes(path, NULL); /* recently used: the last to be evicted */
	return r;
}

void model_cache_unload(struct catalog_log logs[MODEL_CACHE_LOGS])
{
	struct packed_entry *e = logs[0].packed_in;
	if (e && e->size)
		munmap((void *)e->base, e->size);
	for (int l = 0; l < MODEL_CACHE_LOGS; l++)
		logs[l].packed_in = NULL;
}
