/*
 * util.h: allocation that cannot fail and aborting on broken invariants.
 *
 * Out of memory and violated invariants are not recoverable input errors:
 * they stop the program with the source location.  Everything a user can
 * cause goes through struct sd_error instead (error.h).
 */
#ifndef SD_UTIL_H
#define SD_UTIL_H

#include <stddef.h>
#include <sys/types.h>

void *xmalloc(size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);
/* mkdir -p of the first len bytes of path (errno set on failure) */
int make_dirs(const char *path, size_t len, mode_t mode);
/* a clock for measuring durations: seconds since some fixed moment */
double monotonic_seconds(void);
/* strcmp where NULL is a value of its own, ordered first */
int strcmp_null(const char *a, const char *b);

_Noreturn void die_at(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define die(...) die_at(__FILE__, __LINE__, __VA_ARGS__)
#define BUG_ON(cond) do { if (cond) die("invariant violated: %s", #cond); } while (0)

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
