/*
 * arena.c: chained blocks; a request larger than the default block gets a
 * block of its own so big values never waste a half-empty block.
 */
#include "arena.h"
#include "util.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_SIZE (64 * 1024)
#define ARENA_ALIGN 16

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

static struct arena_block *block_new(size_t size)
{
	struct arena_block *b = xmalloc(sizeof(*b) + size);
	b->next = NULL;
	b->used = 0;
	b->size = size;
	return b;
}

/* A block that is full from the start (a big value, a kept array) goes
 * behind the head, which keeps taking allocations. */
static void link_behind_head(struct arena *a, struct arena_block *b)
{
	if (a->head) {
		b->next = a->head->next;
		a->head->next = b;
	} else {
		b->next = NULL;
		a->head = b;
	}
}

/* size bytes aligned to align (a power of two), zeroed */
static void *alloc_aligned(struct arena *a, size_t size, size_t align)
{
	size_t need = (size + align - 1) & ~(align - 1);
	struct arena_block *b = a->head;

	if (need == 0)
		need = align;
	if (b) /* strings leave the head unaligned: round up for this value */
		b->used = (b->used + align - 1) & ~(align - 1);
	if (!b || b->used > b->size || b->size - b->used < need) {
		if (need > ARENA_BLOCK_SIZE / 4) {
			/* big value: a block of its own */
			struct arena_block *big = block_new(need);
			big->used = need;
			link_behind_head(a, big);
			memset(big->data, 0, need);
			return big->data;
		}
		b = block_new(ARENA_BLOCK_SIZE);
		b->next = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += need;
	memset(p, 0, need);
	return p;
}

void *arena_alloc(struct arena *a, size_t size)
{
	return alloc_aligned(a, size, ARENA_ALIGN);
}

void *arena_alloc_ptr_aligned(struct arena *a, size_t size)
{
	return alloc_aligned(a, size, sizeof(void *) > 8 ? sizeof(void *) : 8);
}

/* Strings need no alignment: a model holds hundreds of thousands of short
 * names, and 16-byte slots would double what they take. */
char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = alloc_aligned(a, n + 1, 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

void *arena_grow(struct arena *a, void *old, size_t old_n, size_t new_n, size_t elem)
{
	void *p = arena_alloc(a, new_n * elem);
	if (old && old_n)
		memcpy(p, old, old_n * elem);
	return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("vsnprintf failed");
	char *p = alloc_aligned(a, (size_t)n + 1, 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

void arena_free(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
}

void arena_adopt(struct arena *a, struct arena *from)
{
	if (!from->head)
		return;
	/* from's blocks go behind a's head, which keeps taking allocations */
	struct arena_block *last = from->head;
	while (last->next)
		last = last->next;
	if (a->head) {
		last->next = a->head->next;
		a->head->next = from->head;
	} else {
		a->head = from->head;
	}
	from->head = NULL;
}

static struct arena_block *block_of(void *data)
{
	return (struct arena_block *)((unsigned char *)data - offsetof(struct arena_block, data));
}

void *arena_array_grow(void *array, size_t bytes)
{
	struct arena_block *b = xrealloc(array ? block_of(array) : NULL, sizeof(*b) + bytes);
	b->used = b->size = bytes; /* full: a kept array takes no allocations */
	return b->data;
}

void arena_array_keep(struct arena *a, void *array)
{
	link_behind_head(a, block_of(array));
}

void arena_array_drop(void *array)
{
	if (array)
		free(block_of(array));
}
