/*
 * render_out.h: what render.c shares with the files that write part of a
 * node's SQL for it (render_settings.c), private to diff/.
 */
#ifndef SD_RENDER_OUT_H
#define SD_RENDER_OUT_H

#include "changes.h"

#include <stdbool.h>
#include <stddef.h>

struct strbuf;

/* The steps being written for one node */
struct out {
	struct arena *a;
	struct step_list *list;
	bool user_text; /* the statement being built uses the user's own text */
	const struct model *cur, *want; /* the changes' from and to sides */
	const struct changeset *cs;
	bool no_data;   /* a materialized view rebuilt unpopulated (see render_node) */
};

/* sb's statement as the node's next step (sb is emptied) */
void emit(struct out *o, unsigned hazards, struct strbuf *sb);
/* A definition as the catalog prints it, written so that it makes the
 * catalog's own expression again (see unrespell()). */
const char *catalog_text(struct out *o, const char *def);

/* The next entry of a ", "-separated list (parents, storage parameters),
 * its length in *len, and *rest moved past it; NULL after the last:
 *   for (const char *rest = list, *e; (e = next_entry(&rest, &len));) */
const char *next_entry(const char **rest, size_t *len);
/* Is name (n bytes) one of the entries of list? */
bool in_list(const char *list, const char *name, size_t n);
/* Does the "key=value" list hold an entry for key (n bytes)? */
bool has_parameter(const char *list, const char *key, size_t n);
/* Going from the "key=value" list `from` to `to`: the keys that go into
 * reset, the entries new or changed into set (both ", "-separated) */
void parameter_changes(const char *from, const char *to, struct strbuf *reset, struct strbuf *set);

/* render_settings.c */
/* The settings of a column the plan makes (its table's CREATE or ADD COLUMN) */
void new_column_settings(struct out *o, const struct column_obj *c);
/* Those of a column that changes (type_change: ALTER COLUMN TYPE ran) */
void column_settings_change(struct out *o, const struct column_obj *f, const struct column_obj *t,
			    bool type_change);
/* Those of the columns table t inherits, going from f's (NULL: t is new) */
void inherited_column_settings(struct out *o, const struct table_obj *f,
			       const struct table_obj *t);
/* CLUSTER ON and REPLICA IDENTITY USING INDEX going from index (or key
 * constraint) `from` to `to` (from NULL: made by this plan) */
void index_marks(struct out *o, const struct object *from, const struct object *to);

#endif
