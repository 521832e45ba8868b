/*
 * deploy_lock.c: see deploy_lock.h.
 */
#include "deploy_lock.h"
#include "../common/db.h"
#include "../common/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
#include <time.h>

/* "schmdiff" in ASCII: one key, the same for every schemadiff version */
#define DEPLOY_LOCK_KEY "8314036624227526246"

static int try_lock(struct db *db, int *got, struct sd_error *err)
{
	PGresult *res;
	if (db_query(db, "SELECT pg_catalog.pg_try_advisory_lock(" DEPLOY_LOCK_KEY ")", &res, err) < 0)
		return -1;
	*got = PQgetvalue(res, 0, 0)[0] == 't';
	PQclear(res);
	return 0;
}

/* The session holding it, for the message; 0 if it is gone already. */
static int holder_pid(struct db *db)
{
	PGresult *res;
	struct sd_error ignored;
	/* a bigint key shows as classid = high half, objid = low half */
	if (db_query(db,
		     "SELECT pid FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND granted "
		     "AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = " DEPLOY_LOCK_KEY
		     " AND database = (SELECT oid FROM pg_catalog.pg_database "
		     "WHERE datname = current_database()) LIMIT 1",
		     &res, &ignored) < 0)
		return 0;
	int pid = PQntuples(res) == 1 ? atoi(PQgetvalue(res, 0, 0)) : 0;
	PQclear(res);
	return pid;
}

int deploy_lock(struct db *db, long wait_ms, struct sd_error *err)
{
	bool said = false;
	for (long waited = 0;; waited += 250) {
		int got;
		if (try_lock(db, &got, err) < 0)
			return -1;
		if (got)
			return 0;
		if (waited >= wait_ms)
			break;
		if (!said) {
			fprintf(stderr, "schemadiff: another deploy is running on %s (pid %d); waiting "
					"up to %.0fs\n", db->label, holder_pid(db), (double)wait_ms / 1000);
			said = true;
		}
		struct timespec ts = { 0, 250 * 1000000L };
		nanosleep(&ts, NULL);
	}
	sd_error_set(err, SD_ERR_DATABASE,
		     "another schemadiff apply or rollback is running on %s (server pid %d); "
		     "gave up after waiting %.0fs", db->label, holder_pid(db), (double)wait_ms / 1000);
	sd_error_hint(err, "wait for it to finish, or raise --lock-wait");
	return -1;
}
