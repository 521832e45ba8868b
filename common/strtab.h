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
 *
 * A plan builds two models at once, on two threads, and most of their
 * strings are the same (an unchanged table reads back the same from the
 * database and from the desired state).  A shared table lets both builds
 * hold one copy: strtab_share() makes interning take a lock, and the
 * slots go when the last holder has released it.
 */
#ifndef SD_STRTAB_H
#define SD_STRTAB_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

struct arena;

struct strtab {
	struct arena *a;
	const char **slots; /* open addressing on XXH3 of the text; no hash is
			     * kept beside it, which would double the table */
	size_t n, n_slots;
	/* shared tables only (strtab_share) */
	bool shared;
	unsigned users;     /* holders that have not released it yet */
	pthread_mutex_t lock;
};

void strtab_init(struct strtab *t, struct arena *a);
/* The arena's copy of s, made on first sight; NULL stays NULL. */
const char *strtab_intern(struct strtab *t, const char *s);
const char *strtab_intern_n(struct strtab *t, const char *s, size_t len);
void strtab_release(struct strtab *t);

/* Share t between builds on different threads.  t's arena is then the
 * table's alone (only interning allocates in it, under the lock): the owner
 * adopts it once the builds are done.  strtab_share() takes one hold, and
 * strtab_hold() one more, each ended by one strtab_release().  The owner
 * takes a build's hold before starting it, so that the table cannot go
 * before the build has begun; the last release frees the slots (a build
 * that still interned after that would get a new table: slower to share,
 * as correct). */
void strtab_share(struct strtab *t);
void strtab_hold(struct strtab *t); /* no-op for a table not shared */
/* After the builds (threads joined): frees the slots a failed build left
 * held, and the lock. */
void strtab_unshare(struct strtab *t);

#endif
