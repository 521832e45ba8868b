/* strtab.c: see strtab.h.  Open addressing on XXH3, grown at two thirds
 * full: a plan of 10,000 tables interns about 163,000 strings, which then
 * take 2 MB of slots, not 4. */
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
	const char **slots = calloc(n_slots, sizeof(*slots));
	if (!slots)
		die("out of memory");
	for (size_t i = 0; i < t->n_slots; i++) {
		if (!t->slots[i])
			continue;
		size_t s = XXH3_64bits(t->slots[i], strlen(t->slots[i])) & (n_slots - 1);
		while (slots[s])
			s = (s + 1) & (n_slots - 1);
		slots[s] = t->slots[i];
	}
	free(t->slots);
	t->slots = slots;
	t->n_slots = n_slots;
}

static const char *intern(struct strtab *t, const char *s, size_t len)
{
	if (3 * (t->n + 1) > 2 * t->n_slots)
		grow(t);
	size_t i = XXH3_64bits(s, len) & (t->n_slots - 1);
	for (; t->slots[i]; i = (i + 1) & (t->n_slots - 1))
		if (!strncmp(t->slots[i], s, len) && t->slots[i][len] == '\0')
			return t->slots[i];
	t->slots[i] = arena_strndup(t->a, s, len);
	t->n++;
	return t->slots[i];
}

const char *strtab_intern_n(struct strtab *t, const char *s, size_t len)
{
	if (!s)
		return NULL;
	if (!t->shared)
		return intern(t, s, len);
	pthread_mutex_lock(&t->lock);
	const char *copy = intern(t, s, len);
	pthread_mutex_unlock(&t->lock);
	return copy;
}

const char *strtab_intern(struct strtab *t, const char *s)
{
	return s ? strtab_intern_n(t, s, strlen(s)) : NULL;
}

static void free_slots(struct strtab *t)
{
	free(t->slots);
	t->slots = NULL;
	t->n = t->n_slots = 0;
}

void strtab_release(struct strtab *t)
{
	if (!t->shared) {
		free_slots(t);
		return;
	}
	pthread_mutex_lock(&t->lock);
	if (t->users && --t->users == 0)
		free_slots(t);
	pthread_mutex_unlock(&t->lock);
}

void strtab_share(struct strtab *t)
{
	t->shared = true;
	t->users = 1;
	pthread_mutex_init(&t->lock, NULL);
}

void strtab_hold(struct strtab *t)
{
	if (!t->shared)
		return;
	pthread_mutex_lock(&t->lock);
	t->users++;
	pthread_mutex_unlock(&t->lock);
}

void strtab_unshare(struct strtab *t)
{
	free_slots(t);
	if (t->shared)
		pthread_mutex_destroy(&t->lock);
	t->shared = false;
	t->users = 0;
}
