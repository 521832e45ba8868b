/*
 * sources.h: give the desired model the user's own expression texts.
 *
 * The parser cut them out of the statements (struct source_expr); this
 * matches them to the objects the shadow's catalog shows, so a plan can
 * re-create a check, predicate, view or policy from exactly what the user
 * wrote (see struct source_expr for why).  Named objects match by name.
 * Checks may be unnamed: the server creates a table's checks in the order
 * of the statements, so they match by order of creation (OID) when the
 * counts agree and every named one lines up; otherwise that table keeps
 * the catalog's text, which is correct too, only spelled differently.
 */
#ifndef SD_SOURCES_H
#define SD_SOURCES_H

#include "../schema/rowset.h"

struct arena;
struct model;
struct statement_list;

void sources_attach(struct arena *a, struct model *desired, const struct statement_list *stmts);

/* For the model cache: the texts as one rowset, in load order, and back as
 * a statement list that sources_attach() takes (-1: not such a rowset). */
void sources_record(struct arena *a, const struct statement_list *stmts, struct catalog_log *out);
int sources_replay(struct arena *a, const struct catalog_log *log, struct statement_list *out);

#endif
