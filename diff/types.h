/*
 * types.h: what a column type change does to the values, from the type
 * names as format_type() writes them ("character varying(20)",
 * "numeric(12,2)", "timestamp with time zone").
 */
#ifndef SD_TYPES_H
#define SD_TYPES_H

#include <stdbool.h>

/* "character varying(10)" and "character varying(20)": one base type, and
 * the implicit length coercion needs no USING */
bool same_base_type(const char *a, const char *b);
/* no stored byte changes: a varchar widened or made text, a numeric's
 * precision widened at the same scale or made unconstrained */
bool type_change_keeps_data(const char *from, const char *to);
/* to a length-limited string type from another string type: an explicit
 * cast (USING x::varchar(3)) cuts a longer value silently, the implicit
 * one refuses it, which is what a migration wants */
bool assignment_cast_refuses_loss(const char *from, const char *to);
/* rounds or drops part of a value without an error: fewer decimal places
 * or fractional-second digits, a fraction to an integer, double to real, a
 * timestamp to a date, an interval to fewer fields, json to jsonb */
bool type_change_rounds(const char *from, const char *to);
/* the type a USING cast must pass through when PostgreSQL has no direct
 * cast between from and to but one through it (boolean and smallint:
 * "integer"); NULL when the direct cast exists or none is known */
const char *cast_through(const char *from, const char *to);
/* a foreign key between columns of the two types still has an equality
 * operator: the same base type, two integers, or two string types */
bool comparable_types(const char *a, const char *b);

#endif
