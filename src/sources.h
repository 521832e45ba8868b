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

struct arena;
struct model;
struct statement_list;

void sources_attach(struct arena *a, struct model *desired, const struct statement_list *stmts);

#endif
