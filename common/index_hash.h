/*
 * index_hash.h: find items of an array by a key, in constant time, with
 * four bytes a slot.
 *
 * The table holds item numbers only (open addressing, linear probing); the
 * caller hashes its key and compares the items a probe meets with its own
 * key.  So the table needs no copy of the keys, and items with equal keys
 * can all be in it: a probe walks past every one of them.  The bits of a
 * slot the item number does not need keep some of the hash, so a probe
 * skips most other keys' items without looking at them (each look is a
 * cache miss in a large array).
 *
 *   struct index_hash h;
 *   index_hash_init(&h, n, max_item);
 *   for (...) index_hash_add(&h, hash_of(item i), i);
 *   for (size_t s = index_hash_first(&h, hash); !index_hash_end(&h, s);
 *        s = index_hash_next(&h, s, hash))
 *           if (key of item index_hash_item(&h, s) matches) ...
 */
#ifndef SD_INDEX_HASH_H
#define SD_INDEX_HASH_H

#include <stddef.h>
#include <stdint.h>

struct index_hash {
	uint32_t *slots; /* hash bits above item_bits, item + 1 below; 0 is empty */
	size_t mask;
	unsigned item_bits;
	size_t room;     /* items index_hash_init() made room for, not yet added */
};

/* Room for n items, numbered at most max_item, at most two thirds full. */
void index_hash_init(struct index_hash *h, size_t n, uint32_t max_item);
void index_hash_add(struct index_hash *h, uint64_t hash, uint32_t item);
void index_hash_free(struct index_hash *h);

/* A key's hash, from the bytes of a small struct without padding. */
uint64_t index_hash_key(const void *key, size_t len);

/* The slot's hash bits for hash: the top ones, not those that chose the
 * slot. */
static inline uint32_t index_hash_tag(const struct index_hash *h, uint64_t hash)
{
	return h->item_bits >= 32 ? 0 : (uint32_t)(hash >> 32) << h->item_bits;
}

static inline int index_hash_end(const struct index_hash *h, size_t slot)
{
	return !h->slots || h->slots[slot] == 0;
}

/* The first slot, from `slot`, that may hold an item of this hash (or
 * the empty slot that ends the probe). */
static inline size_t index_hash_seek(const struct index_hash *h, size_t slot, uint64_t hash)
{
	if (!h->slots)
		return 0;
	uint32_t tag = index_hash_tag(h, hash);
	uint32_t tag_mask = h->item_bits >= 32 ? 0 : ~(uint32_t)0 << h->item_bits;
	while (h->slots[slot] && (h->slots[slot] & tag_mask) != tag)
		slot = (slot + 1) & h->mask;
	return slot;
}

static inline size_t index_hash_first(const struct index_hash *h, uint64_t hash)
{
	return index_hash_seek(h, (size_t)hash & h->mask, hash);
}

static inline size_t index_hash_next(const struct index_hash *h, size_t slot, uint64_t hash)
{
	return index_hash_seek(h, (slot + 1) & h->mask, hash);
}

static inline uint32_t index_hash_item(const struct index_hash *h, size_t slot)
{
	uint32_t v = h->slots[slot];
	if (h->item_bits < 32)
		v &= ~(~(uint32_t)0 << h->item_bits);
	return v - 1;
}

#endif
