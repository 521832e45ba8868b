/*
 * respell.h: the catalog's second spelling of an expression (respell.c).
 */
#ifndef SD_RESPELL_H
#define SD_RESPELL_H

struct arena;

/* def with every "(ARRAY['x'::T, ...])::U[]" written as PostgreSQL prints it
 * once re-created ("ARRAY[('x'::T)::U, ...]"), or NULL when def has none. */
const char *respell_array_casts(struct arena *a, const char *def);

/* The other way: def written so that PostgreSQL makes the catalog's own
 * tree from it again, or NULL when it already does.  Two shapes:
 * "((col)::T = ANY ((ARRAY['x'::U, ...])::T[]))" (and "<> ALL") is written
 * as the IN-list it was made from, "(col IN ('x'::U, ...))"; and
 * "((x >= a) AND (x <= b))" inside another AND (NOT BETWEEN's OR too) as
 * "(x BETWEEN a AND b)", which is not merged into the list around it.  A
 * statement rebuilt from the catalog's text (a rollback, a dump) then
 * makes what the catalog has, not a second spelling. */
const char *unrespell(struct arena *a, const char *def);

#endif
