/* heap.c: see heap.h. */
#include "heap.h"
#include "util.h"

#include <stdlib.h>

void heap_init(struct heap *h, size_t cap, bool (*less)(const void *ctx, size_t a, size_t b),
	       const void *ctx)
{
	h->v = xmalloc((cap ? cap : 1) * sizeof(*h->v));
	h->n = 0;
	h->less = less;
	h->ctx = ctx;
}

static void swap(struct heap *h, size_t i, size_t j)
{
	size_t t = h->v[i];
	h->v[i] = h->v[j];
	h->v[j] = t;
}

void heap_push(struct heap *h, size_t x)
{
	size_t i = h->n++;
	h->v[i] = x;
	while (i > 0 && h->less(h->ctx, h->v[i], h->v[(i - 1) / 2])) {
		swap(h, i, (i - 1) / 2);
		i = (i - 1) / 2;
	}
}

size_t heap_pop(struct heap *h)
{
	BUG_ON(h->n == 0);
	size_t top = h->v[0], i = 0;
	h->v[0] = h->v[--h->n];
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		if (l < h->n && h->less(h->ctx, h->v[l], h->v[m]))
			m = l;
		if (r < h->n && h->less(h->ctx, h->v[r], h->v[m]))
			m = r;
		if (m == i)
			return top;
		swap(h, i, m);
		i = m;
	}
}

void heap_release(struct heap *h)
{
	free(h->v);
	h->v = NULL;
	h->n = 0;
}
