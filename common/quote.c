/*
 * quote.c: identifier and literal quoting (see quote.h).
 *
 * The keyword table comes from libpg_query, which exports PostgreSQL's
 * ScanKeywordLookup() with ScanKeywords and ScanKeywordCategories; its
 * public header does not declare them, so the declarations below mirror
 * src/include/common/kwlookup.h and keywords.h of PostgreSQL 15.
 */
#include "quote.h"
#include "arena.h"
#include "strbuf.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef int (*ScanKeywordHashFunc)(const void *key, size_t keylen);
typedef struct ScanKeywordList {
	const char *kw_string;
	const uint16_t *kw_offsets;
	ScanKeywordHashFunc hash;
	int num_keywords;
	int max_kw_len;
} ScanKeywordList;

extern const ScanKeywordList ScanKeywords;
extern const uint8_t ScanKeywordCategories[];
extern int ScanKeywordLookup(const char *text, const ScanKeywordList *keywords);

#define UNRESERVED_KEYWORD 0

bool ident_needs_quotes(const char *name)
{
	if (!name[0])
		return true;
	if (!((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_'))
		return true;
	for (const char *p = name; *p; p++) {
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		      *p == '_' || *p == '$'))
			return true;
	}
	int kw = ScanKeywordLookup(name, &ScanKeywords);
	return kw >= 0 && ScanKeywordCategories[kw] != UNRESERVED_KEYWORD;
}

void sql_add_ident(struct strbuf *sb, const char *name)
{
	if (!ident_needs_quotes(name)) {
		strbuf_adds(sb, name);
		return;
	}
	strbuf_addch(sb, '"');
	for (const char *p = name; *p; p++) {
		if (*p == '"')
			strbuf_addch(sb, '"');
		strbuf_addch(sb, *p);
	}
	strbuf_addch(sb, '"');
}

void sql_add_qualified(struct strbuf *sb, const char *schema, const char *name)
{
	if (schema) {
		sql_add_ident(sb, schema);
		strbuf_addch(sb, '.');
	}
	sql_add_ident(sb, name);
}

void sql_add_literal(struct strbuf *sb, const char *value)
{
	/* E'' with doubled backslashes reads the same whatever
	 * standard_conforming_strings says; plain '' is kept when possible
	 * because it is what people expect to read. */
	bool escape = strchr(value, '\\') != NULL;
	if (escape)
		strbuf_addch(sb, 'E');
	strbuf_addch(sb, '\'');
	for (const char *p = value; *p; p++) {
		if (*p == '\'' || (escape && *p == '\\'))
			strbuf_addch(sb, *p);
		strbuf_addch(sb, *p);
	}
	strbuf_addch(sb, '\'');
}

char *quote_ident(struct arena *a, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	sql_add_ident(&sb, name);
	char *s = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return s;
}

char *quote_qualified(struct arena *a, const char *schema, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	sql_add_qualified(&sb, schema, name);
	char *s = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return s;
}

char *quote_literal(struct arena *a, const char *value)
{
	struct strbuf sb = STRBUF_INIT;
	sql_add_literal(&sb, value);
	char *s = strbuf_to_arena(&sb, a);
	strbuf_release(&sb);
	return s;
}
