/*
 * respell.h: the catalog's second spelling of an expression (respell.c).
 */
#ifndef SD_RESPELL_H
#define SD_RESPELL_H

struct arena;

/* def with every "(ARRAY['x'::T, ...])::U[]" written as PostgreSQL prints it
 * once re-created ("ARRAY[('x'::T)::U, ...]"), or NULL when def has none. */
const char *respell_array_casts(struct arena *a, const char *def);

/* The other way: def with every "((col)::T = ANY ((ARRAY['x'::U, ...])::T[]))"
 * (and "<> ALL") written as the IN-list it was made from,
 * "(col IN ('x'::U, ...))", which PostgreSQL makes into the same tree
 * again; or NULL when def has none.  A statement rebuilt from the
 * catalog's text (a rollback, a check around a column type change) then
 * makes what the catalog has, not its second spelling. */
const char *unrespell_in_lists(struct arena *a, const char *def);

#endif
