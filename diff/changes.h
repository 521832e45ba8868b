/*
 * changes.h: the comparison of two models, private to diff/.
 *
 * compare.c decides what happens to each object; order.c turns the
 * decisions into an ordered list of nodes; render.c writes the SQL of a
 * node.  A change with kind CHANGE_REBUILD has two nodes (its drop and its
 * create); every other change has one.  A change whose SQL is part of its
 * owner's statement (a column inside CREATE TABLE, a constraint that goes
 * with DROP TABLE) is "covered": its node is the owner's.
 */
#ifndef SD_CHANGES_H
#define SD_CHANGES_H

#include "plan.h"

struct strbuf;

enum change_kind {
	CHANGE_NONE,
	CHANGE_CREATE,
	CHANGE_DROP,
	CHANGE_ALTER,
	CHANGE_REBUILD, /* drop and create again (or, for a type, swap in a new one) */
};

/* Types whose rebuild is a swap (see render.c): the old type steps aside
 * under another name while the columns using it are re-cast to the new
 * one, so no column loses its data. */
static inline bool kind_is_swapped_type(enum obj_kind k)
{
	return k == OBJ_ENUM || k == OBJ_DOMAIN || k == OBJ_COMPOSITE;
}

struct change {
	enum change_kind kind;
	struct object *from; /* in the current model; NULL for CREATE */
	struct object *to;   /* in the desired model; NULL for DROP */
	struct change *drop_cover;   /* owner whose DROP also drops this */
	struct change *create_cover; /* owner whose CREATE also creates this */
	bool retype;         /* a column re-cast because its type was rebuilt */
	bool redefault;      /* a column's or domain's default set again around its function */
	bool owner_new;      /* created on a table this plan creates: no lock hazard */
	bool revoke_public;  /* created with PUBLIC's default EXECUTE/USAGE, which the
			      * desired state does not grant */
	const struct object *replaces; /* a CREATE's dropped function of the same argument
					* types (its parameters renamed): grants carry over */
	int drop_node, main_node;    /* into struct graph's nodes; -1 if none */
	int release_node;    /* a column ALTER's first half: what it stops using */
	int inherit_node;    /* a table ALTER's INHERIT, after the columns it needs */
};

/* The changes of two models.  An object that stays as it is has no change
 * (most objects of a large model): v holds the others, in the order of
 * the objects (the current side's, then the creates). */
struct changeset {
	struct change *v;
	size_t n;
	size_t reserved;   /* v has room for this many (mapped, touched as used) */
	/* the change of each object of either side, by object.index:
	 * 1 + its place in v, 0 for none, CHANGE_UNCHANGED for an object on
	 * both sides that stays */
	const struct model *cur, *want;
	uint32_t *of_cur, *of_want;
};
#define CHANGE_UNCHANGED UINT32_MAX

void changes_compare(struct arena *a, const struct model *current, const struct model *desired,
		     struct changeset *cs);
/* o's change; NULL when o stays as it is (or is in neither model) */
struct change *change_of(const struct changeset *cs, const struct object *o);
void changes_release(struct changeset *cs);

/* order.c: a node is one place in the plan. */
enum node_phase { PHASE_DROP, PHASE_ALTER, PHASE_CREATE };

struct node {
	struct change *ch;
	enum node_phase phase;
	const struct object *obj; /* for the tie-break */
	bool release;        /* the first half of a column ALTER */
	bool inherit;        /* the INHERIT part of a table ALTER */
	size_t *out, n_out, cap_out;
	size_t indeg;
	bool needs_commit;  /* uses enum values an earlier node adds: they must be committed */
};

/* Order all nodes; returns them in plan order (arena-allocated). */
struct node **changes_order(struct arena *a, struct changeset *cs, size_t *n_nodes);

/* render.c: append the statements of one node to the plan. */
struct step_list {
	struct step *v;
	size_t n, cap;
};
/* cs: the changes nd is one of, for the models their objects are in */
void render_node(struct arena *a, const struct changeset *cs, const struct node *nd,
		 struct step_list *out);
/* Kinds that PostgreSQL creates with privileges for PUBLIC (EXECUTE on
 * functions, USAGE on types). */
static inline bool kind_has_public_default(enum obj_kind k)
{
	return k == OBJ_FUNCTION || k == OBJ_ENUM || k == OBJ_DOMAIN || k == OBJ_COMPOSITE ||
	       k == OBJ_RANGE;
}
/* Does this ALTER first drop a default, identity or expression (a
 * column's, or a domain's default that calls a function the plan drops or
 * rebuilds)?  Then it is two nodes, so that a sequence or function the old
 * default used can be dropped between them (serial -> identity with the
 * same sequence name). */
bool alter_releases(const struct change *ch);
/* Does this table ALTER add a parent (INHERIT) or give a partition new
 * bounds?  Then INHERIT, or ATTACH PARTITION, is a node of its own, after
 * the child's columns exist; the DETACH stays in the ALTER node, so every
 * partition whose bounds change is out before any goes back in. */
bool table_alter_inherits(const struct change *ch);
/* Does enum e have this label? */
bool enum_has_label(const struct enum_obj *e, const char *label);
/* Is an enum's change labels renamed where they stand (the same number
 * of labels; each that differs is gone from the new list and new to it)?
 * Then it is ALTER TYPE ... RENAME VALUE: the stored values keep their
 * label's place, and no table is rewritten. */
bool enum_renames_labels(const struct enum_obj *from, const struct enum_obj *to);
/* The line a reviewer reads for a change, or NULL when nothing visible
 * changes (a column only re-cast for a rebuilt type). */
bool describe_change(struct arena *a, const struct change *ch, struct change_line *line);
/* "ALTER TABLE s.t " for a sub-object of a table (render.c; online.c
 * recognises and writes statements with it too) */
void sql_alter_table(struct strbuf *sb, const struct object *o);
/* where a constraint definition's " DEFERRABLE [INITIALLY DEFERRED]" starts
 * (pg_get_constraintdef() writes it last); its length when there is none */
size_t constraint_deferral_at(const char *def);

#endif
