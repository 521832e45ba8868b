/*
 * depend_rows.c: pg_depend's rows and the aliases that translate them (see
 * depend_rows.h).
 */
#include "depend_rows.h"

#include "../common/util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

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

/* Aliases are found by (class, objid): what an end's sub-id needs is
 * decided by alias_applies(). */
static uint64_t alias_hash(const struct depend_end *e)
{
	const uint32_t key[2] = { e->class, e->objid };
	return index_hash_key(key, sizeof(key));
}

void depend_aliases_done(struct depend_rows *d)
{
	index_hash_free(&d->by_from);
	index_hash_init(&d->by_from, d->n_aliases, (uint32_t)d->n_aliases);
	for (size_t i = 0; i < d->n_aliases; i++)
		index_hash_add(&d->by_from, alias_hash(&d->aliases[i].from), (uint32_t)i);
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
	const struct index_hash *h = &d->by_from;
	uint64_t hash = alias_hash(e);
	for (size_t s = index_hash_first(h, hash); !index_hash_end(h, s) && n < max;
	     s = index_hash_next(h, s, hash)) {
		const struct depend_pair *a = &d->aliases[index_hash_item(h, s)];
		if (a->from.class == e->class && a->from.objid == e->objid &&
		    alias_applies(d, a, e, referenced))
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
	index_hash_free(&d->by_from);
	*d = (struct depend_rows){ 0 };
}
