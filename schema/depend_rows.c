/*
 * depend_rows.c: pg_depend's rows and the aliases that translate them (see
 * depend_rows.h).
 */
#include "depend_rows.h"

#include "../common/util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define CLASS_PG_EXTENSION 3079u

/* A catalog's code in d->classes (from 1), given one on first sight; 0
 * when the table is full, which PostgreSQL's few dozen catalogs never
 * make it. */
static uint8_t class_code(struct depend_rows *d, uint32_t classid)
{
	for (unsigned i = 0; i < d->n_classes; i++)
		if (d->classes[i] == classid)
			return (uint8_t)(i + 1);
	if (d->n_classes == ARRAY_SIZE(d->classes))
		return 0;
	d->classes[d->n_classes++] = classid;
	return (uint8_t)d->n_classes;
}

static bool end_from(struct depend_rows *d, const char *classid, const char *objid,
		     const char *subid, struct depend_end *out)
{
	long sub = strtol(subid ? subid : "", NULL, 10);
	out->class = class_code(d, (uint32_t)strtoul(classid ? classid : "", NULL, 10));
	out->objid = (uint32_t)strtoul(objid ? objid : "", NULL, 10);
	out->subid = (int16_t)sub;
	return out->class && out->subid == sub;
}

bool depend_pair_from_cells(struct depend_rows *d, const char *const *cells,
			    struct depend_pair *out)
{
	return end_from(d, cells[0], cells[1], cells[2], &out->from) &&
	       end_from(d, cells[3], cells[4], cells[5], &out->to);
}

static void push(struct depend_pair **v, size_t *n, size_t *cap, struct depend_pair p)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 1024;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	(*v)[(*n)++] = p;
}

void depend_aliases_add(struct depend_rows *d, const char *const *cells)
{
	struct depend_pair p;
	if (depend_pair_from_cells(d, cells, &p))
		push(&d->aliases, &d->n_aliases, &d->cap_aliases, p);
}

static void cells_of(const PGresult *res, int row, const char *cells[6])
{
	for (int c = 0; c < 6; c++)
		cells[c] = PQgetvalue(res, row, c);
}

void depend_rows_keep(void *arg, const PGresult *res)
{
	struct depend_rows *d = arg;
	for (int i = 0; i < PQntuples(res); i++) {
		const char *cells[6];
		struct depend_pair p;
		cells_of(res, i, cells);
		if (depend_pair_from_cells(d, cells, &p))
			push(&d->rows, &d->n_rows, &d->cap_rows, p);
	}
}

void depend_aliases_keep(void *arg, const PGresult *res)
{
	for (int i = 0; i < PQntuples(res); i++) {
		const char *cells[6];
		cells_of(res, i, cells);
		depend_aliases_add(arg, cells);
	}
}

/* Aliases in (class, objid, subid) order: the codes are only this
 * read's, but any fixed order serves a search. */
static int cmp_end(const struct depend_end *x, const struct depend_end *y)
{
	if (x->class != y->class)
		return x->class < y->class ? -1 : 1;
	if (x->objid != y->objid)
		return x->objid < y->objid ? -1 : 1;
	return (x->subid > y->subid) - (x->subid < y->subid);
}

static int cmp_alias(const void *x, const void *y)
{
	const struct depend_pair *a = x, *b = y;
	int c = cmp_end(&a->from, &b->from);
	return c ? c : cmp_end(&a->to, &b->to);
}

void depend_aliases_done(struct depend_rows *d)
{
	qsort(d->aliases, d->n_aliases, sizeof(*d->aliases), cmp_alias);
}

/* The first alias of (class, objid), any sub-id. */
static size_t first_alias(const struct depend_rows *d, const struct depend_end *e)
{
	size_t lo = 0, hi = d->n_aliases;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct depend_end *f = &d->aliases[mid].from;
		if (f->class < e->class || (f->class == e->class && f->objid < e->objid))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Does alias a stand for e?  For the object depended on, an extension
 * stands for a member whatever sub-id the row names (a column of an
 * extension's table). */
static bool alias_applies(const struct depend_rows *d, const struct depend_pair *a,
			  const struct depend_end *e, bool referenced)
{
	if (a->from.subid == e->subid)
		return true;
	return referenced && d->classes[a->to.class - 1] == CLASS_PG_EXTENSION;
}

/* What e stands for: its aliases, or e itself when it has none. */
static size_t translate_end(const struct depend_rows *d, const struct depend_end *e,
			    bool referenced, const struct depend_end **out, size_t max)
{
	size_t n = 0;
	for (size_t i = first_alias(d, e); i < d->n_aliases && n < max; i++) {
		const struct depend_pair *a = &d->aliases[i];
		if (a->from.class != e->class || a->from.objid != e->objid)
			break;
		if (alias_applies(d, a, e, referenced))
			out[n++] = &a->to;
	}
	if (n == 0)
		out[n++] = e;
	return n;
}

void depend_translate(const struct depend_rows *d, const struct depend_pair *row,
		      void (*each)(void *arg, const uint32_t v[6]), void *arg)
{
	/* an object with more aliases than this is not one PostgreSQL makes */
	const struct depend_end *from[4], *to[4];
	size_t n_from = translate_end(d, &row->from, false, from, ARRAY_SIZE(from));
	size_t n_to = translate_end(d, &row->to, true, to, ARRAY_SIZE(to));
	for (size_t i = 0; i < n_from; i++)
		for (size_t j = 0; j < n_to; j++) {
			const uint32_t v[6] = {
				d->classes[from[i]->class - 1], from[i]->objid,
				(uint32_t)(int32_t)from[i]->subid, d->classes[to[j]->class - 1],
				to[j]->objid, (uint32_t)(int32_t)to[j]->subid,
			};
			each(arg, v);
		}
}

void depend_rows_free(struct depend_rows *d)
{
	free(d->rows);
	free(d->aliases);
	*d = (struct depend_rows){ 0 };
}
