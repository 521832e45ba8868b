/*
 * respell.c: how PostgreSQL prints an expression after re-creating it from
 * its own printed text, for the one shape known not to be a fixed point.
 *
 * `status IN ('a', 'b')` on a varchar column is stored with the array cast
 * as a whole and printed as
 *     (ARRAY['a'::character varying, 'b'::character varying])::text[]
 * but parsing that text pushes the cast into the ARRAY[] constructor, so
 * the re-created object prints as
 *     ARRAY[('a'::character varying)::text, ('b'::character varying)::text]
 * Both spellings mean the same.  The reader records the second as the
 * object's alt_definition, so a database loaded from a dump (which has only
 * the catalog's text to go by) compares equal to the one it was dumped from.
 */
#include "respell.h"
#include "../common/arena.h"
#include "../common/strbuf.h"

#include <stdbool.h>
#include <string.h>

/* Past a '...' literal or "..." name starting at p (its quote doubled
 * inside), or NULL. */
static const char *skip_quoted(const char *p)
{
	char q = *p;
	if (q != '\'' && q != '"')
		return NULL;
	for (p++; *p; p++) {
		if (*p == q && p[1] == q)
			p++;
		else if (*p == q)
			return p + 1;
	}
	return NULL;
}

/* Past a '...' literal starting at p, or NULL. */
static const char *skip_literal(const char *p)
{
	return *p == '\'' ? skip_quoted(p) : NULL;
}

/* Past a type name ("character varying", "public.\"my type\"", "text"),
 * stopping at ',', ']' or ')' outside quotes. */
static const char *skip_type(const char *p)
{
	const char *start = p;
	bool quoted = false;
	for (; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && (*p == ',' || *p == ']' || *p == ')' || *p == '['))
			break;
	}
	return p > start ? p : NULL;
}

/* Past the parenthesized group at p (literals and quoted names skipped
 * whole), or NULL. */
static const char *skip_group(const char *p)
{
	if (*p != '(')
		return NULL;
	int depth = 0;
	while (*p) {
		if (*p == '\'' || *p == '"') {
			p = skip_quoted(p);
			if (!p)
				return NULL;
			continue;
		}
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p + 1;
		p++;
	}
	return NULL;
}

/* One element 'literal'::type, or (...)::type (a literal cast twice:
 * "('a'::text)::character varying"); returns its end or NULL. */
static const char *skip_element(const char *p)
{
	p = *p == '(' ? skip_group(p) : skip_literal(p);
	if (!p || strncmp(p, "::", 2))
		return NULL;
	return skip_type(p + 2);
}

/* At p: "(ARRAY[e, e, ...])::T[]"?  Append the respelling and return the
 * end of the match, or return NULL. */
static const char *respell_one(struct strbuf *out, const char *def, const char *p)
{
	(void)def;
	static const char open[] = "(ARRAY[";
	if (strncmp(p, open, sizeof(open) - 1))
		return NULL;
	const char *elems = p + sizeof(open) - 1, *q = elems;
	size_t n = 0;
	for (;;) {
		const char *end = skip_element(q);
		if (!end)
			return NULL;
		n++;
		if (!strncmp(end, ", ", 2)) {
			q = end + 2;
			continue;
		}
		if (strncmp(end, "])::", 4))
			return NULL;
		q = end;
		break;
	}
	const char *type = q + 4, *type_end = skip_type(type);
	if (!type_end || strncmp(type_end, "[]", 2) || !n)
		return NULL;
	strbuf_adds(out, "ARRAY[");
	for (const char *e = elems; e < q;) {
		const char *end = skip_element(e);
		strbuf_addch(out, '(');
		strbuf_add(out, e, (size_t)(end - e));
		strbuf_adds(out, ")::");
		strbuf_add(out, type, (size_t)(type_end - type));
		e = end;
		if (!strncmp(e, ", ", 2)) {
			strbuf_adds(out, ", ");
			e += 2;
		}
	}
	strbuf_addch(out, ']');
	return type_end + 2;
}

/* def with every match of one (which appends its rewrite of the text at
 * p and returns the end of what it matched, or returns NULL) rewritten,
 * never looking inside a literal; NULL when nothing matched. */
typedef const char *rewrite_fn(struct strbuf *out, const char *def, const char *p);

static const char *rewrite_each(struct arena *a, const char *def, const char *marker,
				rewrite_fn *one)
{
	if (!def || !strstr(def, marker))
		return NULL;
	struct strbuf out = STRBUF_INIT;
	bool changed = false;
	for (const char *p = def; *p;) {
		if (*p == '\'') {
			const char *end = skip_literal(p);
			if (!end)
				end = p + strlen(p);
			strbuf_add(&out, p, (size_t)(end - p));
			p = end;
			continue;
		}
		const char *end = one(&out, def, p);
		if (end) {
			changed = true;
			p = end;
		} else {
			strbuf_addch(&out, *p++);
		}
	}
	const char *s = changed ? strbuf_to_arena(&out, a) : NULL;
	strbuf_release(&out);
	return s;
}

const char *respell_array_casts(struct arena *a, const char *def)
{
	return rewrite_each(a, def, "(ARRAY[", respell_one);
}

/* Past a column name as PostgreSQL prints it (lower case, or quoted), or
 * NULL. */
static const char *skip_name(const char *p)
{
	if (*p == '"')
		return skip_quoted(p);
	if (!((*p >= 'a' && *p <= 'z') || *p == '_'))
		return NULL;
	while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '$')
		p++;
	return p;
}

/* Past a column reference: "status", or qualified as a view or a trigger's
 * WHEN prints it, "orders.status", "new.\"Status\"". */
static const char *skip_column(const char *p)
{
	p = skip_name(p);
	while (p && *p == '.')
		p = skip_name(p + 1);
	return p;
}

/* At p: "((col)::T = ANY ((ARRAY[e, ...])::T[]))" (or "<> ALL")?  Append
 * "(col IN (e, ...))" (or NOT IN) and return the end of the match, or
 * return NULL.  In place of (col) an expression "((s)::character
 * varying(5))" is kept whole. */
static const char *unrespell_in_list(struct strbuf *out, const char *p)
{
	if (strncmp(p, "((", 2))
		return NULL;
	const char *operand = p + 1, *operand_end = skip_group(operand);
	if (!operand_end || strncmp(operand_end, "::", 2))
		return NULL;
	/* "(col)" is written as the name alone, an expression whole */
	const char *col = operand, *col_end = operand_end, *name_end = skip_column(operand + 1);
	if (name_end && name_end + 1 == operand_end) {
		col = operand + 1;
		col_end = name_end;
	}
	/* the type runs to the operator: "text", "character varying(8)" */
	const char *type = operand_end + 2, *type_end = type;
	while ((*type_end >= 'a' && *type_end <= 'z') || (*type_end >= '0' && *type_end <= '9') ||
	       *type_end == '_' || *type_end == '.' || *type_end == '(' || *type_end == ')' ||
	       (*type_end == ' ' && type_end[1] != '=' && type_end[1] != '<'))
		type_end++;
	if (type_end == type)
		return NULL;
	const char *q = type_end;
	bool any = !strncmp(q, " = ANY ((ARRAY[", 15), all = !strncmp(q, " <> ALL ((ARRAY[", 16);
	if (!any && !all)
		return NULL;
	const char *elems = q + (any ? 15 : 16), *e = elems;
	for (;;) {
		const char *end = skip_element(e);
		if (!end)
			return NULL;
		if (!strncmp(end, ", ", 2)) {
			e = end + 2;
			continue;
		}
		e = end;
		break;
	}
	size_t tn = (size_t)(type_end - type);
	if (strncmp(e, "])::", 4) || strncmp(e + 4, type, tn) || strncmp(e + 4 + tn, "[]))", 4))
		return NULL;
	strbuf_addch(out, '(');
	strbuf_add(out, col, (size_t)(col_end - col));
	strbuf_adds(out, any ? " IN (" : " NOT IN (");
	strbuf_add(out, elems, (size_t)(e - elems));
	strbuf_adds(out, "))");
	return e + 4 + tn + 4;
}

/* Where op (" >= ") stands in [p, end) outside any parentheses or quotes,
 * if it does exactly once and no AND or OR does; else NULL. */
static const char *top_level_op(const char *p, const char *end, const char *op)
{
	const char *found = NULL;
	size_t n = strlen(op);
	while (p < end) {
		if (*p == '(' || *p == '\'' || *p == '"') {
			const char *past = *p == '(' ? skip_group(p) : skip_quoted(p);
			if (!past || past > end)
				return NULL;
			p = past;
			continue;
		}
		if (!strncmp(p, " AND ", 5) || !strncmp(p, " OR ", 4))
			return NULL;
		if (!strncmp(p, op, n)) {
			if (found)
				return NULL;
			found = p;
			p += n;
			continue;
		}
		p++;
	}
	return found;
}

/* At p: "((x >= a) AND (x <= b))" as one operand of an AND list (or
 * "((x < a) OR (x > b))" of an OR list)?  That is x BETWEEN a AND b (NOT
 * BETWEEN): written so, it stays one operand, where the printed form is
 * merged into the list around it when it is read again.  Append
 * "(x BETWEEN a AND b)" and return the end of the match, or NULL. */
static const char *unrespell_between(struct strbuf *out, const char *def, const char *p)
{
	if (strncmp(p, "((", 2))
		return NULL;
	const char *g1 = p + 1, *e1 = skip_group(g1);
	bool and = e1 && !strncmp(e1, " AND (", 6), or = e1 && !strncmp(e1, " OR (", 5);
	if (!and && !or)
		return NULL;
	const char *g2 = e1 + (and ? 5 : 4), *e2 = skip_group(g2);
	if (!e2 || *e2 != ')')
		return NULL;
	const char *end = e2 + 1, *joiner = and ? " AND " : " OR ";
	size_t jn = strlen(joiner);
	bool operand = (p > def && p[-1] == '(' && !strncmp(end, joiner, jn)) ||
		       ((size_t)(p - def) >= jn && !strncmp(p - jn, joiner, jn));
	if (!operand)
		return NULL;
	const char *lo_op = and ? " >= " : " < ", *hi_op = and ? " <= " : " > ";
	const char *at1 = top_level_op(g1 + 1, e1 - 1, lo_op), *at2 = top_level_op(g2 + 1, e2 - 1, hi_op);
	if (!at1 || !at2)
		return NULL;
	size_t xn = (size_t)(at1 - (g1 + 1));
	if ((size_t)(at2 - (g2 + 1)) != xn || strncmp(g1 + 1, g2 + 1, xn))
		return NULL; /* not the same x on both sides */
	const char *a = at1 + strlen(lo_op), *b = at2 + strlen(hi_op);
	strbuf_addch(out, '(');
	strbuf_add(out, g1 + 1, xn);
	strbuf_adds(out, and ? " BETWEEN " : " NOT BETWEEN ");
	strbuf_add(out, a, (size_t)(e1 - 1 - a));
	strbuf_adds(out, " AND ");
	strbuf_add(out, b, (size_t)(e2 - 1 - b));
	strbuf_addch(out, ')');
	return end;
}

static const char *unrespell_one(struct strbuf *out, const char *def, const char *p)
{
	const char *end = unrespell_in_list(out, p);
	return end ? end : unrespell_between(out, def, p);
}

const char *unrespell(struct arena *a, const char *def)
{
	return rewrite_each(a, def, "((", unrespell_one);
}
