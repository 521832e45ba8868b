/*
 * quote.h: the one home for SQL quoting.
 *
 * An identifier stays bare only if it is [a-z_][a-z0-9_$]* and is not a
 * keyword that PostgreSQL reserves in some position (the parser's own keyword
 * table from libpg_query decides, so the list can never go stale).
 * Literals are rendered so they mean the same under any setting of
 * standard_conforming_strings.
 */
#ifndef SD_QUOTE_H
#define SD_QUOTE_H

#include <stdbool.h>

struct strbuf;
struct arena;

bool ident_needs_quotes(const char *name);
void sql_add_ident(struct strbuf *sb, const char *name);
/* schema.name, each part quoted as needed; schema may be NULL */
void sql_add_qualified(struct strbuf *sb, const char *schema, const char *name);
void sql_add_literal(struct strbuf *sb, const char *value);
/* Arena-allocated forms for building names once. */
char *quote_ident(struct arena *a, const char *name);
char *quote_qualified(struct arena *a, const char *schema, const char *name);
char *quote_literal(struct arena *a, const char *value);

#endif
