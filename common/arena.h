/*
 * arena.h: one region of memory per command run.
 *
 * Everything a run builds (file texts, statements, model objects, rendered
 * SQL) is allocated here and freed together by arena_free().  Nothing in an
 * arena is freed on its own, so no code path can forget a free.
 *
 * Invariants: allocation never returns NULL (out of memory aborts); blocks are
 * aligned for any scalar type; an arena is not shared between threads.
 */
#ifndef SD_ARENA_H
#define SD_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head; /* newest block first */
};

#define ARENA_INIT { NULL }

void *arena_alloc(struct arena *a, size_t size);              /* zeroed */
/* Zeroed, aligned for pointers and 64-bit integers (8), not for every
 * scalar: for the small structs a model holds by the hundred thousand,
 * which a 16-byte alignment would each round up. */
void *arena_alloc_ptr_aligned(struct arena *a, size_t size);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Grow-only array helper: returns a copy of old (old_n elems) with room for new_n. */
void *arena_grow(struct arena *a, void *old, size_t old_n, size_t new_n, size_t elem);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);
/* Move everything from holds into a (from is left empty): what a thread
 * built in an arena of its own outlives the thread, freed with a. */
void arena_adopt(struct arena *a, struct arena *from);

/* An array of unknown final size, grown with realloc (no copy for a large
 * one: the kernel moves its pages) and then handed to an arena whole, so
 * it is never copied into one.  grow(NULL, n) starts one; keep() makes it
 * the arena's; drop() frees one not kept. */
void *arena_array_grow(void *array, size_t bytes);
void arena_array_keep(struct arena *a, void *array);
void arena_array_drop(void *array);

#endif
