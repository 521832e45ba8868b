/*
 * embedded_pg.h: a private, throwaway PostgreSQL server for the shadow.
 *
 * initdb runs once into a cache directory (a template cluster); each run
 * copies it into a fresh private directory and starts the server there on a
 * Unix socket only (no TCP), configured for loading, not durability.  The
 * server is stopped and its directory removed on every exit path: normal
 * return, error, SIGINT, SIGTERM and SIGHUP.  If schemadiff itself is
 * killed outright, the server gets SIGKILL from the kernel (parent-death
 * signal) and the directory stays in the temporary folder.
 *
 * As root, the server runs as the `postgres` user (or SCHEMADIFF_PG_USER),
 * because PostgreSQL refuses to run as root; its directories are then kept
 * where that user can reach them.
 */
#ifndef SD_EMBEDDED_PG_H
#define SD_EMBEDDED_PG_H

#include <stddef.h>
#include <sys/types.h>

struct sd_error;

struct embedded_pg {
	pid_t pid;              /* the postmaster, 0 when not running */
	char run_dir[256];      /* data directory and socket live here */
	char conninfo[512];     /* superuser connection to database postgres */
	int major;              /* server major version, e.g. 15 */
};

int embedded_pg_start(struct embedded_pg *pg, struct sd_error *err);
void embedded_pg_stop(struct embedded_pg *pg);
/* What the server binaries say of themselves ("postgres (PostgreSQL)
 * 15.20 ..."), without starting anything; -1 when there are none. */
int embedded_pg_version(char *out, size_t n);

#endif
