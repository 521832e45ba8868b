/*
 * pgq.h: libpg_query's protobuf types, private to parser/.
 *
 * Nothing outside parser/ includes this: the rest of the program sees
 * struct statement only.
 */
#ifndef SD_PGQ_H
#define SD_PGQ_H

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include "statement.h"

/* classify.c: the tag of a statement and whether desired-state files may
 * hold it.  Returns NULL when allowed; otherwise the refusal message (with
 * *hint set). */
const char *classify_statement(const PgQuery__Node *stmt, const char **tag, bool *execute,
			       const char **hint);

/* classify.c: whether only a superuser may run stmt: CREATE EXTENSION, or
 * a function made or altered LEAKPROOF (not a C or internal one: made by a
 * superuser, its library is loaded there and then). */
bool statement_needs_superuser(const PgQuery__Node *stmt);

/* sources.c: fill st->sources; base is the file offset of st->sql. */
void collect_sources(struct arena *a, const PgQuery__Node *stmt, struct statement *st);

/* names.c: fill creates/refs/priority of st from its parse tree. */
void collect_names(struct arena *a, const PgQuery__Node *stmt, struct statement *st);

#endif
