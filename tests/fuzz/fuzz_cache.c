/*
 * fuzz_cache.c: libFuzzer harness for the model cache's file parser.
 *
 * A cache file is input from disk: it may be damaged or written by
 * someone else.  The checksum rejects almost every random change, so the
 * harness starts from a valid entry, applies the fuzzer's bytes as edits
 * (position, value) and a truncation, and then fixes the checksum, so the
 * parser itself sees the damage.  Nothing may crash or read out of bounds,
 * and a hit must hold together (every cell inside the buffer).
 */
#include "../../common/arena.h"
#include "../../schema/reader.h"
#include "../../src/model_cache.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

struct in_entry {
	const char *begin, *end;
	int ncols;
};

static void cells_inside(void *arg, const char *const *cells)
{
	const struct in_entry *e = arg;
	for (int c = 0; c < e->ncols; c++)
		if (cells[c] && (cells[c] < e->begin || cells[c] >= e->end))
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void sample(struct arena *a, struct catalog_log logs[MODEL_CACHE_LOGS])
{
	static const char *names[] = { "oid", "def" };
	static const char *cells[] = { "16384", "CHECK (x <> '')", "16385", NULL, "", "last" };
	for (int l = 0; l < MODEL_CACHE_LOGS; l++) {
		struct rowset *rs = arena_alloc(a, sizeof(*rs));
		*rs = (struct rowset){ .name = "tables", .nrows = 3, .ncols = 2, .colnames = names,
				       .cells = cells };
		logs[l] = (struct catalog_log){ rs, 1, 1 };
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = ARENA_INIT;
	struct cache_key k = { .hash = 0x5eed };
	struct catalog_log logs[MODEL_CACHE_LOGS], out[MODEL_CACHE_LOGS];
	sample(&a, logs);
	const char *valid;
	size_t len;
	model_cache_serialize(&a, &k, logs, &valid, &len);
	char *buf = arena_alloc(&a, len + 1);
	memcpy(buf, valid, len);
	/* first two bytes: how much to cut off the end; then edits of three
	 * bytes each: a position (two) and the new value */
	size_t cut = size >= 2 ? ((size_t)data[0] << 8 | data[1]) % (len + 1) : 0;
	for (size_t i = 2; i + 2 < size; i += 3)
		buf[((size_t)data[i] << 8 | data[i + 1]) % len] = (char)data[i + 2];
	size_t n = len - cut;
	if (n >= 8) { /* the checksum over what is left, so the parser is reached */
		uint64_t sum = XXH3_64bits(buf, n - 8);
		memcpy(buf + n - 8, &sum, 8);
	}
	if (model_cache_parse(&a, buf, n, &k, out) == CACHE_HIT)
		for (int l = 0; l < MODEL_CACHE_LOGS; l++) {
			/* the parse checked every cell: walking and unpacking
			 * cannot fail */
			for (size_t r = 0; r < out[l].n; r++) {
				struct in_entry where = { buf, buf + n, out[l].v[r].ncols };
				if (out[l].each_row(&out[l], &out[l].v[r], cells_inside, &where) < 0)
					abort();
			}
			if (model_cache_unpack_log(&a, &out[l]) < 0)
				abort();
			for (size_t r = 0; r < out[l].n; r++) {
				const struct rowset *rs = &out[l].v[r];
				for (size_t c = 0; c < (size_t)rs->nrows * (size_t)rs->ncols; c++)
					if (rs->cells[c] && (rs->cells[c] < buf || rs->cells[c] >= buf + n))
						abort();
			}
		}
	arena_free(&a);
	return 0;
}
