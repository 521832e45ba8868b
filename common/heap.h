/*
 * heap.h: a binary min-heap of indexes, ordered by the caller's `less`.
 *
 * Both topological sorts (the load order of statements and the order of a
 * plan) take "the smallest ready item" from one of these, which is what
 * keeps their output deterministic.  The heap owns its array: heap_release()
 * frees it.
 */
#ifndef SD_HEAP_H
#define SD_HEAP_H

#include <stdbool.h>
#include <stddef.h>

struct heap {
	size_t *v, n;
	bool (*less)(const void *ctx, size_t a, size_t b);
	const void *ctx;
};

/* Room for cap indexes; pushing more is a bug. */
void heap_init(struct heap *h, size_t cap, bool (*less)(const void *ctx, size_t a, size_t b),
	       const void *ctx);
void heap_push(struct heap *h, size_t x);
size_t heap_pop(struct heap *h); /* the least; the heap must not be empty */
void heap_release(struct heap *h);

#endif
