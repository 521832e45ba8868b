/* strtab.c: see strtab.h.  Open addressing on XXH3, grown at half full. */
#include "strtab.h"
#include "arena.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

void strtab_init(struct strtab *t, struct arena *a)
{
	*t = (struct strtab){ .a = a };
}

static void grow(struct strtab *t)
{
	size_t n_slots = t->n_slots ? t->n_slots * 2 : 1024;
	struct strtab_slot *slots = calloc(n_slots, sizeof(*slots));
	if (!slots)
		die("out of memory");
	for (size_t i = 0; i < t->n_slots; i++) {
		if (!t->slots[i].s)
			continue;
		size_t s = t->slots[i].hash & (n_slots - 1);
		while (slots[s].s)
			s = (s + 1) & (n_slots - 1);
		slots[s] = t->slots[i];
	}
	free(t->slots);
	t->slots = slots;
	t->n_slots = n_slots;
}

const char *strtab_intern_n(struct strtab *t, const char *s, size_t len)
{
	if (!s)
		return NULL;
	if (2 * (t->n + 1) > t->n_slots)
		grow(t);
	uint64_t hash = XXH3_64bits(s, len);
	size_t i = hash & (t->n_slots - 1);
	for (; t->slots[i].s; i = (i + 1) & (t->n_slots - 1))
		if (t->slots[i].hash == hash && !strncmp(t->slots[i].s, s, len) &&
		    t->slots[i].s[len] == '\0')
			return t->slots[i].s;
	t->slots[i] = (struct strtab_slot){ arena_strndup(t->a, s, len), hash };
	t->n++;
	return t->slots[i].s;
}

const char *strtab_intern(struct strtab *t, const char *s)
{
	return s ? strtab_intern_n(t, s, strlen(s)) : NULL;
}

void strtab_release(struct strtab *t)
{
	free(t->slots);
	*t = (struct strtab){ .a = t->a };
}
