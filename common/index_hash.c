/* index_hash.c: see index_hash.h. */
#include "index_hash.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

void index_hash_init(struct index_hash *h, size_t n, uint32_t max_item)
{
	size_t slots = 16;
	while (slots < n + n / 2)
		slots *= 2;
	h->slots = memset(xmalloc(slots * sizeof(*h->slots)), 0, slots * sizeof(*h->slots));
	h->mask = slots - 1;
	h->room = n;
	/* item + 1 must fit below the hash bits */
	h->item_bits = 1;
	while (h->item_bits < 32 && ((uint64_t)max_item + 1) >> h->item_bits)
		h->item_bits++;
}

void index_hash_add(struct index_hash *h, uint64_t hash, uint32_t item)
{
	BUG_ON(item == UINT32_MAX || h->room == 0);
	BUG_ON(h->item_bits < 32 && ((uint64_t)item + 1) >> h->item_bits);
	h->room--;
	size_t s = (size_t)hash & h->mask;
	while (h->slots[s])
		s = (s + 1) & h->mask;
	h->slots[s] = index_hash_tag(h, hash) | (item + 1);
}

void index_hash_free(struct index_hash *h)
{
	free(h->slots);
	*h = (struct index_hash){ 0 };
}

uint64_t index_hash_key(const void *key, size_t len)
{
	return XXH3_64bits(key, len);
}
