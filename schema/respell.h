/*
 * respell.h: the catalog's second spelling of an expression (respell.c).
 */
#ifndef SD_RESPELL_H
#define SD_RESPELL_H

struct arena;

/* def with every "(ARRAY['x'::T, ...])::U[]" written as PostgreSQL prints it
 * once re-created ("ARRAY[('x'::T)::U, ...]"), or NULL when def has none. */
const char *respell_array_casts(struct arena *a, const char *def);

#endif
