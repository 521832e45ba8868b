/*
 * statement.h: the desired state as a list of located, classified statements.
 *
 * parse_sources() splits every file with libpg_query, refuses whatever is not
 * schema definition (with file:line:col), and records for each statement the
 * names of the objects it creates and references.  order_statements() then
 * sorts them so that every creator loads before its users, which lets the
 * files be written in any order.
 *
 * Names are strings "<class>:<schema>.<name>" ("s:<name>" for schemas,
 * "e:<name>" for extensions, "o:<name>" for roles): r relation, t type,
 * f function, s schema, e extension, k "a table's keys exist" (a
 * foreign key needs the referenced table's primary key or unique
 * constraint, which may be added by a later ALTER TABLE).  An unqualified
 * name is taken to be in schema public, where PostgreSQL's default
 * search_path puts it.
 */
#ifndef SD_STATEMENT_H
#define SD_STATEMENT_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct sd_error;
struct source_file;
struct source_set;

enum load_priority {
	LOAD_SCHEMA = 0,
	LOAD_EXTENSION = 1,
	LOAD_DEFAULT = 2,
	LOAD_FOREIGN_KEY = 3, /* after every table and key they could need */
};

struct statement {
	const struct source_file *file;
	size_t offset;       /* byte offset of the first token in file */
	int line, col;       /* of the first token */
	const char *sql;     /* the text sent to the shadow */
	const char *tag;     /* e.g. "CREATE TABLE" */
	bool execute;        /* false for accepted no-ops such as SET */
	enum load_priority priority;
	const char **creates;
	size_t n_creates;
	const char **refs;
	size_t n_refs;
	size_t seq;          /* position in input order */
};

struct statement_list {
	struct statement *v;
	size_t n;
};

int parse_sources(struct arena *a, const struct source_set *src, struct statement_list *out,
		  struct sd_error *err);
/* Reorder list in place: dependency order, ties by (priority, input order).
 * Never fails: statements caught in a cycle keep their input order and a
 * real problem surfaces as a located server error during the load. */
void order_statements(struct arena *a, struct statement_list *list);

#endif
