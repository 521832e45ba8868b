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
 * constraint, which may be added by a later ALTER TABLE), c a named
 * constraint ("c:<schema>.<table>.<name>", for COMMENT ON CONSTRAINT).
 * An unqualified
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
#define N_LOAD_PRIORITIES (LOAD_FOREIGN_KEY + 1)

/* Where the user's own text of an expression is kept.  The catalog's
 * print of an expression does not always re-create the same expression
 * (a varchar IN-list comes back as a different tree), so a plan re-creates
 * checks, index predicates, view queries and policy expressions from the
 * text the user wrote whenever it can tell which object that text made. */
enum source_kind { SOURCE_CHECK, SOURCE_INDEX_WHERE, SOURCE_VIEW_QUERY, SOURCE_POLICY };

struct source_expr {
	enum source_kind kind;
	const char *schema;  /* "public" when the statement does not say */
	const char *table;   /* the table of a check, index or policy */
	const char *name;    /* NULL for a check or index the server names */
	const char *text;    /* check expression, predicate, query, USING */
	const char *text2;   /* a policy's WITH CHECK, else NULL */
};

struct statement {
	const struct source_file *file;
	size_t offset;       /* byte offset of the first token in file */
	int line, col;       /* of the first token */
	const char *sql;     /* the text sent to the shadow */
	const char *tag;     /* e.g. "CREATE TABLE" */
	bool execute;        /* false for accepted no-ops such as SET */
	bool superuser;      /* only a superuser may run it (statement_needs_superuser()):
			      * the embedded shadow runs it as one */
	enum load_priority priority;
	const char **creates;
	size_t n_creates;
	const char **refs;
	size_t n_refs;
	size_t seq;          /* position in input order */
	/* may make objects the server names; such statements of one group
	 * load in load order (names.c), NULL for the others */
	const char *naming_group;
	struct source_expr *sources; /* in the order the server creates them */
	size_t n_sources;
	/* after order_statements(): the statements (indices into the ordered
	 * list, all earlier) that create a name this one uses; a loader may run
	 * a statement once these and every statement of a lower priority are
	 * done.  A statement's priority is then at least its creators'. */
	size_t *after;
	size_t n_after;
	size_t seq_index;    /* internal to order_statements() */
};

struct statement_list {
	struct statement *v;
	size_t n;
};

int parse_sources(struct arena *a, const struct source_set *src, struct statement_list *out,
		  struct sd_error *err);
/* Reorder list in place: dependency order, ties by (priority, input order),
 * and fill each statement's `after`.
 * Never fails: statements caught in a cycle keep their input order and a
 * real problem surfaces as a located server error during the load. */
void order_statements(struct arena *a, struct statement_list *list);

/* The schema and name of the index one CREATE INDEX statement creates;
 * false for anything else (apply uses it to find an invalid leftover). */
bool index_statement_name(const char *sql, char *schema, size_t ns, char *name, size_t nn);

/* Whether only a superuser may run sql (one or more statements a plan or
 * a copy renders): see statement_needs_superuser() in classify.c. */
bool sql_needs_superuser(const char *sql);

#endif
