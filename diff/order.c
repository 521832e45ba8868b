/*
 * order.c: the dependency order of a plan's nodes.
 *
 * Edges come from the dependencies each model recorded (pg_depend plus
 * structure):
 *   drops:   a dependent goes before what it depends on (current model);
 *   creates: what is needed goes before what needs it (desired model);
 *   alters:  after the creates and alters they need, before the drops of
 *            what they stop using;
 *   rebuild: its drop before its create.
 * A column re-cast onto a rebuilt type sits between the type's two halves
 * (old type renamed and new one created; old type dropped).
 *
 * The sort is Kahn's algorithm with a heap keyed by (phase, kind, schema,
 * parent, name), as pg_dump's TopoSort keeps its priority order among ready
 * items: the same models always give the same order.  A cycle that no rule
 * breaks is a bug in those rules and fails loudly, naming its objects.
 */
#include "changes.h"
#include "../common/arena.h"
#include "../common/heap.h"
#include "../common/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct graph {
	struct arena *a;
	struct node *nodes;
	size_t n;
};

static int new_node(struct graph *g, struct change *ch, enum node_phase phase,
		    const struct object *obj)
{
	struct node *nd = &g->nodes[g->n];
	nd->ch = ch;
	nd->phase = phase;
	nd->obj = obj;
	return (int)g->n++;
}

static void edge(struct graph *g, int from, int to)
{
	if (from < 0 || to < 0 || from == to)
		return;
	struct node *f = &g->nodes[from];
	if (f->n_out == f->cap_out) {
		size_t nc = f->cap_out ? f->cap_out * 2 : 4;
		f->out = arena_grow(g->a, f->out, f->n_out, nc, sizeof(*f->out));
		f->cap_out = nc;
	}
	f->out[f->n_out++] = (size_t)to;
	g->nodes[to].indeg++;
}

static int drop_node(const struct change *ch)
{
	while (ch && ch->drop_node < 0 && ch->drop_cover)
		ch = ch->drop_cover;
	return ch ? ch->drop_node : -1;
}

static int create_node(const struct change *ch)
{
	if (!ch || (ch->kind != CHANGE_CREATE && ch->kind != CHANGE_REBUILD))
		return -1;
	while (ch->main_node < 0 && ch->create_cover)
		ch = ch->create_cover;
	return ch->main_node;
}

static int alter_node(const struct change *ch)
{
	return ch && ch->kind == CHANGE_ALTER ? ch->main_node : -1;
}

static bool is_swapped_type(const struct change *ch)
{
	return ch && ch->kind == CHANGE_REBUILD && kind_is_swapped_type(ch->from->kind);
}

/* node uses swapped type w's new version (a column re-cast onto it, a
 * composite type made with it): it waits for the new domain's checks, as
 * ALTER DOMAIN ... ADD CONSTRAINT refuses a domain already held in an
 * array or composite column. */
static void after_new_type_checks(struct graph *g, const struct changeset *cs,
				  const struct change *w, int node)
{
	for (size_t u = 0; u < w->to->n_users; u++) {
		const struct object *k = object_user(cs->want, w->to, u);
		/* its own checks, not another domain's that uses it */
		if (k->kind == OBJ_DOMAIN_CONSTRAINT &&
		    object_dep_of_kind(cs->want, k, OBJ_DOMAIN) == w->to)
			edge(g, create_node(change_of(cs, k)), node);
	}
}

/* A function taking table's row type is made after the table's columns
 * change: PostgreSQL refuses some column changes while such a function
 * (with an SQL-standard body) exists, so compare.c rebuilds it around them. */
static void after_row_type_settles(struct graph *g, const struct changeset *cs,
				   const struct object *fn, const struct object *table, int c)
{
	for (size_t u = 0; u < table->n_users; u++) {
		const struct object *col = object_user(cs->want, table, u);
		bool uses_fn = false; /* a default calling it: made before it, not after */
		for (size_t i = 0; col->kind == OBJ_COLUMN && i < col->n_deps; i++)
			uses_fn = uses_fn || object_dep(cs->want, col, i) == fn;
		if (col->kind != OBJ_COLUMN || col->owner != table || uses_fn)
			continue;
		struct change *k = change_of(cs, col);
		edge(g, create_node(k), c);
		edge(g, alter_node(k), c);
	}
}

/* A view over a function that returns a table's rows names the row's
 * columns (FROM f() f(id, email, ...)): it is made or replaced after that
 * table's columns change, as the function is. */
static void after_function_row_types(struct graph *g, const struct changeset *cs,
				     const struct object *view, int node)
{
	for (size_t i = 0; i < view->n_deps; i++) {
		const struct object *fn = object_dep(cs->want, view, i);
		for (size_t j = 0; fn->kind == OBJ_FUNCTION && j < fn->n_deps; j++) {
			const struct object *table = object_dep(cs->want, fn, j);
			if (table->kind == OBJ_TABLE)
				after_row_type_settles(g, cs, view, table, node);
		}
	}
}

/* A logged table may not reference an unlogged one: of two tables joined
 * by a foreign key that both change persistence, SET LOGGED goes to the
 * referenced table first, SET UNLOGGED to the referencing one first. */
/* A child's settings of the columns it inherits (render_settings.c) are
 * written with its CREATE or ALTER (node n), after its ancestors' columns
 * are added or retyped */
static void after_parent_columns(struct graph *g, const struct changeset *cs,
				 const struct change *ch, int n)
{
	const struct table_obj *f = (const void *)ch->from, *t = (const void *)ch->to;
	if (f && !f->n_inherited && !t->n_inherited)
		return;
	const struct object *p = ch->to;
	for (int depth = 0; depth < 32 && (p = object_dep_of_kind(cs->want, p, OBJ_TABLE)); depth++)
		for (size_t u = 0; u < p->n_users; u++) {
			struct change *col = change_of(cs, object_user(cs->want, p, u));
			if (col && col->to && col->to->kind == OBJ_COLUMN && col->to->owner == p) {
				edge(g, create_node(col), n);
				edge(g, alter_node(col), n);
			}
		}
}

static void persistence_edges(struct graph *g, const struct changeset *cs, struct change *ch)
{
	const struct table_obj *f = (const void *)ch->from, *t = (const void *)ch->to;
	if (f->persistence == t->persistence)
		return;
	for (size_t u = 0; u < ch->from->n_users; u++) {
		const struct object *col = object_user(cs->cur, ch->from, u);
		for (size_t v = 0; col->kind == OBJ_COLUMN && v < col->n_users; v++) {
			const struct object *k = object_user(cs->cur, col, v);
			if (k->kind != OBJ_CONSTRAINT || ((const struct constraint_obj *)k)->contype != 'f' ||
			    !k->owner || k->owner == ch->from)
				continue;
			struct change *other = change_of(cs, k->owner); /* the referencing table */
			if (!other || other->kind != CHANGE_ALTER || other->from->kind != OBJ_TABLE ||
			    ((const struct table_obj *)other->from)->persistence ==
				    ((const struct table_obj *)other->to)->persistence)
				continue;
			if (t->persistence == 'p')
				edge(g, alter_node(ch), alter_node(other));
			else
				edge(g, alter_node(other), alter_node(ch));
		}
	}
}

/* The same-named column of a parent of col's table (in m), or NULL */
static const struct object *parent_column(const struct model *m, const struct object *col)
{
	const struct object *table = col->owner;
	for (size_t d = 0; table && d < table->n_deps; d++) {
		const struct object *parent = object_dep(m, table, d);
		for (size_t u = 0; parent->kind == OBJ_TABLE && u < parent->n_users; u++) {
			const struct object *c = object_user(m, parent, u);
			if (c->kind == OBJ_COLUMN && c->owner == parent && !strcmp(c->name, col->name))
				return c;
		}
	}
	return NULL;
}

/* A child that declares a column its parent also gets: the child's ADD
 * COLUMN goes first, and the parent's then merges into it (the column stays
 * the child's own), where the other way round the child's ADD finds the
 * column already inherited and fails.  Dropping both, the parent's goes
 * first: a column still inherited cannot be dropped from the child. */
static void inherited_column_edges(struct graph *g, const struct changeset *cs,
				   const struct change *ch)
{
	if (ch->kind == CHANGE_CREATE && ch->to->kind == OBJ_COLUMN) {
		const struct object *pc = parent_column(cs->want, ch->to);
		const struct change *pch = pc ? change_of(cs, pc) : NULL;
		/* only ADD COLUMNs: a column made with its table is the table's */
		if (pch && pch->kind == CHANGE_CREATE && ch->main_node >= 0 && pch->main_node >= 0)
			edge(g, ch->main_node, pch->main_node);
	}
	if (ch->kind == CHANGE_DROP && ch->from->kind == OBJ_COLUMN) {
		const struct object *pc = parent_column(cs->cur, ch->from);
		const struct change *pch = pc ? change_of(cs, pc) : NULL;
		if (pch && pch->kind == CHANGE_DROP && ch->drop_node >= 0 && pch->drop_node >= 0)
			edge(g, pch->drop_node, ch->drop_node);
	}
}

static void add_edges(struct graph *g, struct changeset *cs, struct change *ch)
{
	inherited_column_edges(g, cs, ch);
	int d = drop_node(ch), c = create_node(ch), al = alter_node(ch);
	/* A swapped type's drop node renames the old one and creates the new
	 * one; its main node drops the old one.  Between two swapped types
	 * (a domain over a domain), the new ones are made base first, and
	 * the old ones dropped dependent first. */
	bool swapped = is_swapped_type(ch);
	if (ch->kind == CHANGE_DROP || ch->kind == CHANGE_REBUILD) {
		for (size_t i = 0; i < ch->from->n_deps; i++) {
			const struct object *dep = object_dep(cs->cur, ch->from, i);
			struct change *z = change_of(cs, dep);
			if (swapped && is_swapped_type(z)) {
				edge(g, c, z->main_node);
				continue;
			}
			edge(g, d, drop_node(z));
			/* the old type is dropped in the main node, and what goes
			 * for good (a collation, say) goes after it */
			if (swapped && z && z->kind == CHANGE_DROP)
				edge(g, c, drop_node(z));
			/* an ALTER of its own table does not wait for a sub-object's drop,
			 * nor does an enum's ADD VALUE (see adds_enum_values()) */
			if (dep != ch->from->owner && !(z && z->kind == CHANGE_ALTER &&
							z->from->kind == OBJ_ENUM))
				edge(g, d, alter_node(z));
		}
	}
	if (ch->kind == CHANGE_CREATE || ch->kind == CHANGE_REBUILD) {
		for (size_t i = 0; i < ch->to->n_deps; i++) {
			struct change *w = change_of(cs, object_dep(cs->want, ch->to, i));
			if (swapped && is_swapped_type(w)) {
				edge(g, w->drop_node, d);
				after_new_type_checks(g, cs, w, d);
				continue;
			}
			/* a swapped domain's constraints go on the new domain
			 * while nothing uses it yet: a domain under an array
			 * column takes no ADD CONSTRAINT */
			if (ch->to->kind == OBJ_DOMAIN_CONSTRAINT && is_swapped_type(w)) {
				edge(g, w->drop_node, c);
				continue;
			}
			edge(g, create_node(w), c);
			edge(g, alter_node(w), c);
			/* the new type is made in the drop node: what it needs that
			 * is new (a collation, say) is made before that.  Not what
			 * is made again: its drop waits for the old type's. */
			if (swapped && w && w->kind == CHANGE_CREATE)
				edge(g, create_node(w), d);
			const struct object *dep = object_dep(cs->want, ch->to, i);
			if (ch->to->kind == OBJ_FUNCTION && dep->kind == OBJ_TABLE)
				after_row_type_settles(g, cs, ch->to, dep, c);
		}
		if (ch->to->kind == OBJ_VIEW)
			after_function_row_types(g, cs, ch->to, c);
		if (ch->to->kind == OBJ_TABLE && ch->kind == CHANGE_CREATE)
			after_parent_columns(g, cs, ch, c);
		if (ch->kind == CHANGE_REBUILD)
			edge(g, d, c);
	}
	if (ch->kind == CHANGE_ALTER) {
		for (size_t i = 0; i < ch->to->n_deps; i++) {
			struct change *w = change_of(cs, object_dep(cs->want, ch->to, i));
			if (ch->retype && is_swapped_type(w)) {
				edge(g, w->drop_node, al);
				edge(g, al, w->main_node);
				after_new_type_checks(g, cs, w, al);
				continue;
			}
			edge(g, create_node(w), al);
			edge(g, alter_node(w), al);
		}
		if (ch->to->kind == OBJ_VIEW)
			after_function_row_types(g, cs, ch->to, al);
		edge(g, ch->release_node, al);
		edge(g, al, ch->inherit_node);
		if (ch->to->kind == OBJ_TABLE) {
			persistence_edges(g, cs, ch);
			after_parent_columns(g, cs, ch, al);
		}
		/* NO INHERIT first: a column still inherited cannot be dropped */
		for (size_t u = 0; ch->to->kind == OBJ_TABLE && u < ch->from->n_users; u++) {
			struct change *col = change_of(cs, object_user(cs->cur, ch->from, u));
			if (col && col->kind == CHANGE_DROP && col->from->kind == OBJ_COLUMN &&
			    col->from->owner == ch->from)
				edge(g, al, drop_node(col));
		}
		for (size_t u = 0; ch->inherit_node >= 0 && u < ch->to->n_users; u++) {
			struct change *col = change_of(cs, object_user(cs->want, ch->to, u));
			if (col && col->to && col->to->kind == OBJ_COLUMN && col->to->owner == ch->to) {
				edge(g, create_node(col), ch->inherit_node);
				edge(g, alter_node(col), ch->inherit_node);
			}
		}
		for (size_t i = 0; i < ch->from->n_deps; i++) {
			const struct object *dep = object_dep(cs->cur, ch->from, i);
			struct change *z = change_of(cs, dep);
			if (ch->retype && is_swapped_type(z))
				continue;
			/* a sequence or function is let go with the old default */
			enum obj_kind k = dep->kind;
			bool by_release = ch->release_node >= 0 && (k == OBJ_SEQUENCE || k == OBJ_FUNCTION);
			edge(g, by_release ? ch->release_node : al, drop_node(z));
		}
	}
}

/* Kind order, and among constraints the order pg_dump uses: keys first,
 * so that foreign keys find them. */
static int kind_rank(const struct object *o)
{
	int rank = (int)o->kind * 8;
	if (o->kind == OBJ_CONSTRAINT) {
		const char *order = "puxcf";
		const char *p = strchr(order, ((const struct constraint_obj *)o)->contype);
		rank += p ? (int)(p - order) : 5;
	}
	return rank;
}

/* An ALTER TYPE ... ADD VALUE needs nothing the plan does, and what uses
 * the new value waits for its commit: taken first, that commit comes
 * before everything else, not between a drop and the create that
 * replaces it (where concurrent writes would miss a constraint). */
static bool adds_enum_values(const struct node *nd)
{
	return nd->phase == PHASE_ALTER && nd->obj->kind == OBJ_ENUM &&
	       !enum_renames_labels((const void *)nd->ch->from, (const void *)nd->ch->to);
}

static int cmp_nodes(const struct node *x, const struct node *y)
{
	if (adds_enum_values(x) != adds_enum_values(y))
		return adds_enum_values(x) ? -1 : 1;
	if (x->phase != y->phase)
		return x->phase < y->phase ? -1 : 1;
	int kx = kind_rank(x->obj), ky = kind_rank(y->obj);
	if (kx != ky) {
		int less = kx < ky;
		/* drops go from the leaves inwards: indexes before tables */
		if (x->phase == PHASE_DROP)
			less = !less;
		return less ? -1 : 1;
	}
	return object_compare(x->obj, y->obj);
}

/* --- relation names ------------------------------------------------------
 * Tables, sequences and indexes (also those behind keys and identity
 * columns) share one namespace per schema.  An object that takes a name
 * must wait for the drop of the object that holds it now. */

struct name_hold {
	const char *schema, *name;
	int node;
};

static bool relation_name(const struct object *o, const char **schema, const char **name)
{
	switch (o->kind) {
	case OBJ_TABLE:
	case OBJ_SEQUENCE:
	case OBJ_INDEX:
		*schema = o->schema, *name = o->name;
		return true;
	case OBJ_CONSTRAINT:
		*schema = o->schema, *name = o->name;
		return strchr("pux", ((const struct constraint_obj *)o)->contype) != NULL;
	case OBJ_COLUMN: {
		const struct column_obj *c = (const void *)o;
		if (!c->identity_seq)
			return false;
		*schema = c->identity_seq->schema, *name = c->identity_seq->name;
		return true;
	}
	default:
		return false;
	}
}

static int cmp_hold(const void *x, const void *y)
{
	const struct name_hold *a = x, *b = y;
	int c = strcmp(a->schema, b->schema);
	return c ? c : strcmp(a->name, b->name);
}

static void name_edges(struct graph *g, struct changeset *cs)
{
	struct name_hold *held = xmalloc((cs->n + 1) * sizeof(*held)); /* scratch */
	size_t n = 0;
	for (size_t i = 0; i < cs->n; i++) {
		struct change *ch = &cs->v[i];
		int d = drop_node(ch);
		struct name_hold h = { .node = d };
		if (d >= 0 && ch->kind != CHANGE_ALTER && relation_name(ch->from, &h.schema, &h.name))
			held[n++] = h;
		/* a rename lets its old name go */
		h.node = alter_node(ch);
		if (h.node >= 0 && ch->kind == CHANGE_ALTER && strcmp(ch->from->name, ch->to->name) &&
		    relation_name(ch->from, &h.schema, &h.name))
			held[n++] = h;
	}
	qsort(held, n, sizeof(*held), cmp_hold);
	for (size_t i = 0; i < cs->n; i++) {
		struct change *ch = &cs->v[i];
		int at = ch->kind == CHANGE_ALTER ? alter_node(ch) : create_node(ch);
		struct name_hold key;
		if (at < 0 || !relation_name(ch->to, &key.schema, &key.name))
			continue;
		struct name_hold *hit = bsearch(&key, held, n, sizeof(*held), cmp_hold);
		if (hit)
			edge(g, hit->node, at);
	}
	free(held);
}

/* Enum values added in this plan cannot be used before they are
 * committed: mark the nodes that come after an ADD VALUE and need it. */
static void mark_enum_users(struct graph *g)
{
	for (size_t i = 0; i < g->n; i++) {
		const struct node *nd = &g->nodes[i];
		if (!adds_enum_values(nd))
			continue;
		for (size_t e = 0; e < nd->n_out; e++)
			g->nodes[nd->out[e]].needs_commit = true;
	}
}

/* When every ADD VALUE leads the order (nothing they need is in the
 * plan), one commit after the last of them serves every use of the new
 * values: the rest of the plan is then one transaction, with no commit
 * between a drop and the create that replaces it. */
static void commit_after_enum_values(struct node **order, size_t n)
{
	size_t lead = 0, adds = 0;
	while (lead < n && adds_enum_values(order[lead]))
		lead++;
	for (size_t i = 0; i < n; i++)
		adds += adds_enum_values(order[i]);
	if (lead == 0 || lead != adds || lead == n)
		return;
	bool needed = false;
	for (size_t i = lead; i < n; i++) {
		needed = needed || order[i]->needs_commit;
		order[i]->needs_commit = false;
	}
	order[lead]->needs_commit = needed;
}

/* Plan order among ready nodes; the index breaks exact ties. */
static bool node_before(const void *ctx, size_t a, size_t b)
{
	const struct node *nodes = ctx;
	int c = cmp_nodes(&nodes[a], &nodes[b]);
	return c < 0 || (c == 0 && a < b);
}

static _Noreturn void fail_cycle(struct arena *a, struct graph *g, const bool *done)
{
	fprintf(stderr, "schemadiff: internal error: the changes form a dependency cycle:\n");
	for (size_t i = 0; i < g->n; i++)
		if (!done[i])
			fprintf(stderr, "  %s %s\n",
				g->nodes[i].phase == PHASE_DROP ? "drop" :
				g->nodes[i].phase == PHASE_ALTER ? "alter" : "create",
				object_describe(a, g->nodes[i].obj));
	die("unbroken dependency cycle");
}

struct node **changes_order(struct arena *a, struct changeset *cs, size_t *n_nodes)
{
	/* at most three nodes per change that does something (a column ALTER:
	 * release and main; a table ALTER: main and inherit; a rebuild: drop
	 * and create); unchanged objects, most of a schema, need none */
	size_t active = 0;
	for (size_t i = 0; i < cs->n; i++)
		active += cs->v[i].kind != CHANGE_NONE;
	struct graph g = { .a = a, .nodes = arena_alloc(a, (3 * active + 1) * sizeof(struct node)) };
	for (size_t i = 0; i < cs->n; i++) {
		struct change *ch = &cs->v[i];
		switch (ch->kind) {
		case CHANGE_NONE:
			break;
		case CHANGE_DROP:
			if (!ch->drop_cover)
				ch->drop_node = new_node(&g, ch, PHASE_DROP, ch->from);
			break;
		case CHANGE_CREATE:
			if (!ch->create_cover)
				ch->main_node = new_node(&g, ch, PHASE_CREATE, ch->to);
			break;
		case CHANGE_ALTER:
			if (alter_releases(ch)) {
				ch->release_node = new_node(&g, ch, PHASE_ALTER, ch->to);
				g.nodes[ch->release_node].release = true;
			}
			ch->main_node = new_node(&g, ch, PHASE_ALTER, ch->to);
			if (ch->to->kind == OBJ_TABLE && table_alter_inherits(ch)) {
				/* a new parent needs the child's matching columns first */
				ch->inherit_node = new_node(&g, ch, PHASE_CREATE, ch->to);
				g.nodes[ch->inherit_node].inherit = true;
			}
			break;
		case CHANGE_REBUILD:
			if (!ch->drop_cover)
				ch->drop_node = new_node(&g, ch, PHASE_DROP, ch->from);
			if (!ch->create_cover)
				ch->main_node = new_node(&g, ch, PHASE_CREATE, ch->to);
			break;
		}
	}
	for (size_t i = 0; i < cs->n; i++)
		if (cs->v[i].kind != CHANGE_NONE)
			add_edges(&g, cs, &cs->v[i]);
	name_edges(&g, cs);
	mark_enum_users(&g);

	struct heap h;
	heap_init(&h, g.n, node_before, g.nodes);
	bool *done = arena_alloc(a, g.n + 1);
	struct node **order = arena_alloc(a, (g.n + 1) * sizeof(*order));
	for (size_t i = 0; i < g.n; i++)
		if (g.nodes[i].indeg == 0)
			heap_push(&h, i);
	size_t out = 0;
	while (h.n > 0) {
		size_t x = heap_pop(&h);
		done[x] = true;
		order[out++] = &g.nodes[x];
		for (size_t e = 0; e < g.nodes[x].n_out; e++) {
			size_t u = g.nodes[x].out[e];
			if (--g.nodes[u].indeg == 0)
				heap_push(&h, u);
		}
	}
	heap_release(&h);
	if (out != g.n)
		fail_cycle(a, &g, done);
	commit_after_enum_values(order, out);
	*n_nodes = out;
	return order;
}
