/*
 * commands.h: one function per command; each returns 0 or -1 with err set
 * (or a positive exit status of its own, e.g. 1 for "differences found").
 */
#ifndef SD_COMMANDS_H
#define SD_COMMANDS_H

struct arena;
struct sd_error;

int cmd_plan(int argc, char **argv, struct arena *a, struct sd_error *err);
int cmd_dump(int argc, char **argv, struct arena *a, struct sd_error *err);
int cmd_diff(int argc, char **argv, struct arena *a, struct sd_error *err);
int cmd_drift(int argc, char **argv, struct arena *a, struct sd_error *err);
int cmd_apply(int argc, char **argv, struct arena *a, struct sd_error *err);
int cmd_history(int argc, char **argv, struct arena *a, struct sd_error *err);
int cmd_rollback(int argc, char **argv, struct arena *a, struct sd_error *err);

#endif
