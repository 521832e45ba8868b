/*
 * strtab.h: a set of strings, each stored once in an arena.
 *
 * Catalog rows repeat a few strings over and over: the schema and table
 * name on every column, index and trigger row, "integer", "text NOT NULL".
 * A model built through a strtab holds one copy of each; the catalog rows
 * themselves can then be freed as soon as a query's objects are made.
 *
 * The table is scaffolding for one build: strtab_release() frees it and
 * leaves the strings in the arena.
 */
#ifndef SD_STRTAB_H
#define SD_STRTAB_H

#include <stddef.h>

struct arena;

struct strtab {
	struct arena *a;
	const char **slots; /* open addressing on XXH3 of the text; no hash is
			     * kept beside it, which would double the table */
	size_t n, n_slots;
};

void strtab_init(struct strtab *t, struct arena *a);
/* The arena's copy of s, made on first sight; NULL stays NULL. */
const char *strtab_intern(struct strtab *t, const char *s);
const char *strtab_intern_n(struct strtab *t, const char *s, size_t len);
void strtab_release(struct strtab *t);

#endif
