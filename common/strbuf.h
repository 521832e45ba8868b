/*
 * strbuf.h: the one growable string builder; all SQL is rendered through it.
 *
 * Invariants (as in git's strbuf): buf is never NULL and always
 * NUL-terminated, even right after STRBUF_INIT; len never counts the NUL.
 * A strbuf owns heap memory until strbuf_release(), or until its text is
 * copied into an arena with strbuf_to_arena() (which also resets it).
 */
#ifndef SD_STRBUF_H
#define SD_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct arena;

struct strbuf {
	char *buf;
	size_t len, alloc;
};

extern char strbuf_empty[];
#define STRBUF_INIT { strbuf_empty, 0, 0 }

void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_add(struct strbuf *sb, const void *data, size_t n);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, char c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
void strbuf_reset(struct strbuf *sb);         /* empty, keeps memory */
void strbuf_release(struct strbuf *sb);       /* frees, back to STRBUF_INIT */
char *strbuf_to_arena(struct strbuf *sb, struct arena *a);
/* Remove trailing whitespace. */
void strbuf_rtrim(struct strbuf *sb);
/* items[0..min(total, shown)) joined by sep, then "<sep>and N more" for
 * the total - shown left out: a long list in a message */
void strbuf_add_list(struct strbuf *sb, const char *const *items, size_t total, size_t shown,
		     const char *sep);

#endif
