/*
 * types.c: what a column type change does to the values (see types.h).
 */
#include "types.h"
#include "../common/util.h"

#include <stdlib.h>
#include <string.h>

static const char *const integers[] = { "smallint", "integer", "bigint" };
static const char *const strings[] = { "text", "character varying", "character" };
static const char *const fractions[] = { "numeric", "real", "double precision" };

/* Is type's base name (what comes before a "(" of its modifier) name? */
static bool base_is(const char *type, const char *name)
{
	size_t n = strlen(name);
	return !strncmp(type, name, n) && (type[n] == '\0' || type[n] == '(');
}

static bool base_in(const char *type, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (base_is(type, names[i]))
			return true;
	return false;
}

bool same_base_type(const char *a, const char *b)
{
	size_t na = strcspn(a, "("), nb = strcspn(b, "(");
	return na == nb && !strncmp(a, b, na) && !strcmp(strchr(a, ')') ? strchr(a, ')') : "",
							      strchr(b, ')') ? strchr(b, ')') : "");
}

/* numeric(p,s) to numeric(p2,s) with p2 >= p, or to unconstrained numeric:
 * PostgreSQL keeps the stored values (a larger scale would rewrite them). */
static bool numeric_widens(const char *from, const char *to)
{
	if (strncmp(from, "numeric(", 8) || !base_is(to, "numeric"))
		return false;
	if (!strcmp(to, "numeric"))
		return true;
	const char *fs = strchr(from, ','), *ts = strchr(to, ',');
	int fscale = fs ? atoi(fs + 1) : 0, tscale = ts ? atoi(ts + 1) : 0;
	return fscale == tscale && atoi(to + 8) >= atoi(from + 8);
}

bool type_change_keeps_data(const char *from, const char *to)
{
	if (numeric_widens(from, to))
		return true;
	const char *vc = "character varying";
	size_t n = strlen(vc);
	if (strncmp(from, vc, n))
		return false;
	if (!strcmp(to, "text") || !strcmp(to, vc))
		return true;
	if (strncmp(to, vc, n) || from[n] != '(' || to[n] != '(')
		return false;
	return atoi(to + n + 1) >= atoi(from + n + 1);
}

bool assignment_cast_refuses_loss(const char *from, const char *to)
{
	return base_in(from, strings, ARRAY_SIZE(strings)) && strchr(to, '(') &&
	       (base_is(to, "character varying") || base_is(to, "character"));
}

/* The fractional-second digits a timestamp, time or interval type keeps
 * ("timestamp(3) with time zone": 3), 6 when it names none; -1 when the
 * type is not of family ("timestamp", "time" or "interval"). */
static int second_digits(const char *type, const char *family)
{
	size_t n = strlen(family);
	if (strncmp(type, family, n) || (type[n] && type[n] != '(' && type[n] != ' '))
		return -1;
	const char *p = strchr(type, '(');
	return p ? atoi(p + 1) : 6;
}

/* Fewer fractional-second digits within one family (the values are
 * rounded), or an interval restricted to fields that stop above seconds
 * ("interval hour to minute": the seconds are dropped). */
static bool drops_time_precision(const char *from, const char *to)
{
	static const char *const families[] = { "timestamp", "time", "interval" };
	for (size_t i = 0; i < ARRAY_SIZE(families); i++) {
		int f = second_digits(from, families[i]), t = second_digits(to, families[i]);
		if (f < 0 || t < 0)
			continue;
		if (t < f)
			return true;
		/* format_type() writes the fields after the base name */
		const char *fields = to + strcspn(to, " ");
		if (i == 2 && *fields && strcmp(fields, from + strcspn(from, " ")) &&
		    !strstr(fields, "second"))
			return true;
		return false;
	}
	return false;
}

/* A bit string limited to fewer bits than from may hold: the cast cuts it */
static bool bits_shrink(const char *from, const char *to)
{
	bool from_bits = base_is(from, "bit varying") || base_is(from, "bit");
	if (!from_bits || !(base_is(to, "bit varying") || base_is(to, "bit")))
		return false;
	const char *fp = strchr(from, '('), *tp = strchr(to, '(');
	if (!tp) /* "bit" alone is bit(1) */
		return base_is(to, "bit") && (!fp || atoi(fp + 1) > 1);
	return !fp || atoi(tp + 1) < atoi(fp + 1);
}

/* Casts that keep fewer significant digits than the values may have:
 * numeric to a float, bigint to double precision (53 bits), any integer
 * wider than smallint to real (24 bits) */
static bool float_loses_digits(const char *from, const char *to)
{
	if (strcmp(to, "double precision") && strcmp(to, "real"))
		return false;
	if (base_is(from, "numeric") || !strcmp(from, "bigint"))
		return true;
	return !strcmp(to, "real") && !strcmp(from, "integer");
}

bool type_change_rounds(const char *from, const char *to)
{
	/* the cast cuts the text to what the type holds: "char" one byte,
	 * name 63 */
	if (base_in(from, strings, ARRAY_SIZE(strings)) &&
	    (!strcmp(to, "\"char\"") || !strcmp(to, "name")))
		return true;
	if (bits_shrink(from, to) || float_loses_digits(from, to))
		return true;
	if (base_in(to, integers, ARRAY_SIZE(integers)) && !strchr(to, '(') &&
	    base_in(from, fractions, ARRAY_SIZE(fractions)))
		return true;
	/* "timestamp without time zone", "timestamp(3) with time zone", ... */
	if (!strncmp(from, "timestamp", 9) && !strcmp(to, "date"))
		return true;
	if (!strcmp(from, "double precision") && !strcmp(to, "real"))
		return true;
	/* jsonb keeps one of duplicate keys, and neither their order nor the
	 * spacing: the json text cannot be had back */
	if (!strcmp(from, "json") && !strcmp(to, "jsonb"))
		return true;
	if (drops_time_precision(from, to))
		return true;
	if (!base_is(from, "numeric") || !base_is(to, "numeric") || !strchr(to, '('))
		return false;
	/* to numeric(p,s): from unconstrained, or from a larger scale */
	const char *fs = strchr(from, ','), *ts = strchr(to, ',');
	if (ts)
		return !fs || atoi(ts + 1) < atoi(fs + 1);
	return !strchr(from, '(') || fs; /* numeric(p) has scale 0 */
}

bool comparable_types(const char *a, const char *b)
{
	size_t na = strcspn(a, "("), nb = strcspn(b, "(");
	return (na == nb && !strncmp(a, b, na)) ||
	       (base_in(a, integers, ARRAY_SIZE(integers)) &&
		base_in(b, integers, ARRAY_SIZE(integers))) ||
	       (base_in(a, strings, ARRAY_SIZE(strings)) && base_in(b, strings, ARRAY_SIZE(strings)));
}

const char *cast_through(const char *from, const char *to)
{
	bool from_int = base_in(from, integers, ARRAY_SIZE(integers)),
	     to_int = base_in(to, integers, ARRAY_SIZE(integers));
	/* pg_cast joins boolean to integer only */
	if ((!strcmp(from, "boolean") && to_int && strcmp(to, "integer")) ||
	    (!strcmp(to, "boolean") && from_int && strcmp(from, "integer")))
		return "integer";
	/* and no range type to another (tsrange to tstzrange): their text
	 * forms are each other's input */
	static const char *const ranges[] = { "int4range", "int8range", "numrange", "tsrange",
					      "tstzrange", "daterange", "int4multirange",
					      "int8multirange", "nummultirange", "tsmultirange",
					      "tstzmultirange", "datemultirange" };
	if (strcmp(from, to) && base_in(from, ranges, ARRAY_SIZE(ranges)) &&
	    base_in(to, ranges, ARRAY_SIZE(ranges)))
		return "text";
	return NULL;
}
