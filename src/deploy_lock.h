/*
 * deploy_lock.h: one deploy at a time per database.
 *
 * apply and rollback hold a session-level advisory lock for their whole
 * run, so two deploys never interleave; the lock goes with the session, so
 * a process that dies cannot leave it behind.
 */
#ifndef SD_DEPLOY_LOCK_H
#define SD_DEPLOY_LOCK_H

struct db;
struct sd_error;

/* Try for up to wait_ms; on timeout an error naming the holder's pid. */
int deploy_lock(struct db *db, long wait_ms, struct sd_error *err);

#endif
