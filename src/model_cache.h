/*
 * model_cache.h: desired models cached by content (see model_cache.c).
 */
#ifndef SD_MODEL_CACHE_H
#define SD_MODEL_CACHE_H

#include "../schema/rowset.h"

#include <stddef.h>
#include <stdint.h>

struct arena;
struct schema_filter;
struct source_set;

/* the shadow's two catalog reads (the load, and the replay of its
 * rendering), then the user's expression texts (src/sources.c) */
#define MODEL_CACHE_LOGS 3

struct cache_key {
	uint64_t hash;
	char hex[17];
};

enum cache_result { CACHE_MISS, CACHE_HIT, CACHE_CORRUPT };

/* The key of a desired model: the files (paths and bytes), the options that
 * shape the model, the shadow server's version string and this tool's. */
void model_cache_key(const struct source_set *src, const struct schema_filter *f,
		     const char *server_version, struct cache_key *out);
/* Where the entry lives, or NULL when there is no cache directory. */
const char *model_cache_path(struct arena *a, const struct cache_key *k);
/* CACHE_HIT fills logs (in the arena, their rows packed in the mapped
 * entry until model_cache_unload()); a corrupt entry is reported as such
 * and must be rebuilt. */
enum cache_result model_cache_load(struct arena *a, const struct cache_key *k,
				   struct catalog_log logs[MODEL_CACHE_LOGS]);
void model_cache_unload(struct catalog_log logs[MODEL_CACHE_LOGS]);
/* Unpack every rowset of a log read back from the cache (see
 * catalog_log.unpack) into a; -1 if one does not hold together. */
int model_cache_unpack_log(struct arena *a, struct catalog_log *log);
/* The entry's bytes, and back: what load and store do around the file
 * (the fuzz harness feeds the parser directly). */
void model_cache_serialize(struct arena *a, const struct cache_key *k,
			   const struct catalog_log logs[MODEL_CACHE_LOGS], const char **out,
			   size_t *len);
enum cache_result model_cache_parse(struct arena *a, const char *buf, size_t size,
				    const struct cache_key *k,
				    struct catalog_log logs[MODEL_CACHE_LOGS]);
/* Best effort: -1 when it could not be written (the plan goes on). */
int model_cache_store(struct arena *a, const struct cache_key *k,
		      const struct catalog_log logs[MODEL_CACHE_LOGS]);

#endif
