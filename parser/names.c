/*
 * names.c: which objects a statement creates and which it references.
 *
 * Creates come from the statement's own target (CREATE TABLE's relation,
 * CREATE INDEX's name, ...).  References are found by walking the whole
 * parse tree generically through protobuf-c's descriptors, so a new node
 * type that holds a RangeVar, TypeName or FuncCall is covered without code
 * here.  Only what ordering needs is recorded; a name nobody creates (a
 * built-in type, an extension's function) simply adds no edge.
 */
#include "pgq.h"
#include "../common/arena.h"
#include "../common/util.h"

#include <string.h>

struct names {
	struct arena *a;
	const char **v;
	size_t n, cap;
};

/* An unqualified name is taken to be in public. */
static const char *schema_or_public(const char *schema)
{
	return schema && schema[0] ? schema : "public";
}

static void names_add(struct names *ns, const char *cls, const char *schema, const char *name)
{
	if (!name || !name[0])
		return;
	schema = schema_or_public(schema);
	if (!strcmp(schema, "pg_catalog") || (!strcmp(cls, "s") && !strcmp(name, "pg_catalog")))
		return;
	/* schemas and extensions are not inside a schema */
	bool global = !strcmp(cls, "s") || !strcmp(cls, "e") || !strcmp(cls, "o");
	char *key = global ? arena_printf(ns->a, "%s:%s", cls, name)
			   : arena_printf(ns->a, "%s:%s.%s", cls, schema, name);
	for (size_t i = 0; i < ns->n; i++)
		if (!strcmp(ns->v[i], key))
			return;
	if (ns->n == ns->cap) {
		size_t cap = ns->cap ? ns->cap * 2 : 8;
		ns->v = arena_grow(ns->a, ns->v, ns->n, cap, sizeof(*ns->v));
		ns->cap = cap;
	}
	ns->v[ns->n++] = key;
}

static const char *str_of(const PgQuery__Node *n)
{
	return n && n->node_case == PG_QUERY__NODE__NODE_STRING ? n->string->sval : NULL;
}

/* The object named by a list of String nodes ([schema,] name). */
static void add_created_name(struct names *ns, const char *cls, PgQuery__Node **v, size_t n)
{
	if (n > 0)
		names_add(ns, cls, n >= 2 ? str_of(v[n - 2]) : NULL, str_of(v[n - 1]));
}

/* A reference by such a list: to the object, and to its schema. */
static void add_name_list(struct names *ns, const char *cls, PgQuery__Node **v, size_t n)
{
	add_created_name(ns, cls, v, n);
	if (n >= 2 && str_of(v[n - 2]))
		names_add(ns, "s", "", str_of(v[n - 2]));
}

static void add_schema_ref(struct names *ns, const char *schema)
{
	if (schema && schema[0] && strcmp(schema, "pg_catalog"))
		names_add(ns, "s", "", schema);
}

static void add_rangevar(struct names *ns, const char *cls, const PgQuery__RangeVar *rv)
{
	if (!rv)
		return;
	names_add(ns, cls, rv->schemaname, rv->relname);
	add_schema_ref(ns, rv->schemaname);
}

/* One part of a name written as text, as regclass reads it: folded to
 * lower case unless double-quoted ("" inside quotes is one quote).
 * Returns where the part ends. */
static const char *name_part(struct arena *a, const char *p, char **out)
{
	size_t n = strlen(p);
	char *buf = arena_alloc(a, n + 1), *o = buf;
	if (*p == '"') {
		for (p++; *p && !(p[0] == '"' && p[1] != '"'); p++) {
			if (p[0] == '"')
				p++;
			*o++ = *p;
		}
		if (*p == '"')
			p++;
	} else {
		for (; *p && *p != '.'; p++)
			*o++ = (*p >= 'A' && *p <= 'Z') ? (char)(*p - 'A' + 'a') : *p;
	}
	*out = buf;
	return p;
}

/* nextval('seq') names its sequence inside a string constant, often cast
 * to regclass as the catalog prints it: nextval('s.seq'::regclass). */
static void add_regclass_literal(struct names *ns, const PgQuery__FuncCall *fc)
{
	const char *fn = str_of(fc->funcname[fc->n_funcname - 1]);
	if (!fn || (strcmp(fn, "nextval") && strcmp(fn, "setval") && strcmp(fn, "currval")))
		return;
	if (fc->n_args < 1)
		return;
	const PgQuery__Node *arg = fc->args[0];
	if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
		arg = arg->type_cast->arg;
	if (!arg || arg->node_case != PG_QUERY__NODE__NODE_A_CONST ||
	    arg->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
		return;
	char *first, *second = NULL;
	const char *p = name_part(ns->a, arg->a_const->sval->sval, &first);
	if (*p == '.')
		name_part(ns->a, p + 1, &second);
	if (second)
		names_add(ns, "r", first, second);
	else
		names_add(ns, "r", NULL, first);
}

static void walk(struct names *refs, const ProtobufCMessage *m);

/* A table's constraint, "c:<schema>.<table>.<constraint>": what a
 * COMMENT ON CONSTRAINT needs to exist before it runs. */
/* An object named within its table (class c: a constraint, p: a policy,
 * g: a trigger). */
static void add_table_member(struct names *ns, const char *cls, const char *schema,
			     const char *table, const char *name)
{
	if (table && name && name[0])
		names_add(ns, cls, schema, arena_printf(ns->a, "%s.%s", table, name));
}

static void add_constraint(struct names *ns, const char *schema, const char *table,
			   const char *conname)
{
	add_table_member(ns, "c", schema, table, conname);
}

/* COMMENT ON names its object as a plain list of strings: [schema,] table
 * [, column or sub-object]; types and functions come as TypeName and
 * ObjectWithArgs, which the walk finds on its own. */
static void add_policy(struct names *ns, const PgQuery__RangeVar *table, const char *policy)
{
	if (table)
		add_table_member(ns, "p", table->schemaname, table->relname, policy);
}

static void add_comment_target(struct names *refs, const PgQuery__CommentStmt *c)
{
	const PgQuery__Node *obj = c->object;
	if (!obj)
		return;
	if (obj->node_case == PG_QUERY__NODE__NODE_STRING) {
		if (c->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA)
			names_add(refs, "s", "", obj->string->sval);
		else if (c->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION)
			names_add(refs, "e", "", obj->string->sval);
		return;
	}
	if (obj->node_case != PG_QUERY__NODE__NODE_LIST)
		return;
	PgQuery__Node **v = obj->list->items;
	size_t n = obj->list->n_items;
	switch (c->objtype) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
	case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
		add_name_list(refs, "r", v, n);
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_STATISTIC_EXT:
		add_name_list(refs, "x", v, n);
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: /* the constraint, and its table */
		if (n >= 2)
			add_constraint(refs, n >= 3 ? str_of(v[n - 3]) : NULL, str_of(v[n - 2]),
				       str_of(v[n - 1]));
		/* fall through */
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
	case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
	case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
	case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
		if (n >= 2)
			add_name_list(refs, "r", v, n - 1);
		if (n >= 2 && c->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_POLICY)
			add_table_member(refs, "p", n >= 3 ? str_of(v[n - 3]) : NULL,
					 str_of(v[n - 2]), str_of(v[n - 1]));
		break;
	default:
		break;
	}
}

static void visit(struct names *refs, const ProtobufCMessage *m)
{
	const ProtobufCMessageDescriptor *d = m->descriptor;
	if (d == &pg_query__range_var__descriptor) {
		const PgQuery__RangeVar *rv = (const PgQuery__RangeVar *)m;
		add_rangevar(refs, "r", rv);
	} else if (d == &pg_query__type_name__descriptor) {
		const PgQuery__TypeName *tn = (const PgQuery__TypeName *)m;
		if (tn->pct_type && tn->n_names >= 2) {
			/* users.id%TYPE, app.users.id%TYPE: the relation's
			 * column, so the relation comes first */
			add_name_list(refs, "r", tn->names, tn->n_names - 1);
		} else {
			add_name_list(refs, "t", tn->names, tn->n_names);
		}
	} else if (d == &pg_query__func_call__descriptor) {
		const PgQuery__FuncCall *fc = (const PgQuery__FuncCall *)m;
		add_name_list(refs, "f", fc->funcname, fc->n_funcname);
		add_regclass_literal(refs, fc);
	} else if (d == &pg_query__constraint__descriptor) {
		const PgQuery__Constraint *c = (const PgQuery__Constraint *)m;
		if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN && c->pktable)
			add_rangevar(refs, "k", c->pktable);
	} else if (d == &pg_query__object_with_args__descriptor) {
		const PgQuery__ObjectWithArgs *f = (const PgQuery__ObjectWithArgs *)m;
		add_name_list(refs, "f", f->objname, f->n_objname);
	} else if (d == &pg_query__comment_stmt__descriptor) {
		add_comment_target(refs, (const PgQuery__CommentStmt *)m);
	} else if (d == &pg_query__alter_enum_stmt__descriptor) {
		const PgQuery__AlterEnumStmt *e = (const PgQuery__AlterEnumStmt *)m;
		add_name_list(refs, "t", e->type_name, e->n_type_name);
	} else if (d == &pg_query__def_elem__descriptor) {
		/* ALTER SEQUENCE ... OWNED BY [schema.]table.column */
		const PgQuery__DefElem *de = (const PgQuery__DefElem *)m;
		if (!strcmp(de->defname, "owned_by") && de->arg &&
		    de->arg->node_case == PG_QUERY__NODE__NODE_LIST && de->arg->list->n_items >= 2)
			add_name_list(refs, "r", de->arg->list->items, de->arg->list->n_items - 1);
	} else if (d == &pg_query__role_spec__descriptor) {
		/* a role named in a policy or grant: the shadow must have it */
		const PgQuery__RoleSpec *rs = (const PgQuery__RoleSpec *)m;
		if (rs->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING && rs->rolename[0])
			names_add(refs, "o", "", rs->rolename);
	} else if (d == &pg_query__alter_policy_stmt__descriptor) {
		const PgQuery__AlterPolicyStmt *ap = (const PgQuery__AlterPolicyStmt *)m;
		add_policy(refs, ap->table, ap->policy_name);
	} else if (d == &pg_query__alter_stats_stmt__descriptor) {
		const PgQuery__AlterStatsStmt *as = (const PgQuery__AlterStatsStmt *)m;
		add_name_list(refs, "x", as->defnames, as->n_defnames);
	} else if (d == &pg_query__create_trig_stmt__descriptor) {
		const PgQuery__CreateTrigStmt *t = (const PgQuery__CreateTrigStmt *)m;
		add_name_list(refs, "f", t->funcname, t->n_funcname);
	}
	walk(refs, m);
}

/* Visit every sub-message of m, following only the member of a oneof that
 * is set. */
static void walk(struct names *refs, const ProtobufCMessage *m)
{
	const ProtobufCMessageDescriptor *d = m->descriptor;
	for (unsigned i = 0; i < d->n_fields; i++) {
		const ProtobufCFieldDescriptor *f = &d->fields[i];
		if (f->type != PROTOBUF_C_TYPE_MESSAGE)
			continue;
		const char *base = (const char *)m;
		if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
			if (*(const uint32_t *)(base + f->quantifier_offset) != f->id)
				continue;
		}
		if (f->label == PROTOBUF_C_LABEL_REPEATED) {
			size_t n = *(const size_t *)(base + f->quantifier_offset);
			ProtobufCMessage *const *arr = *(ProtobufCMessage *const *const *)(base + f->offset);
			for (size_t k = 0; k < n; k++)
				if (arr[k])
					visit(refs, arr[k]);
		} else {
			const ProtobufCMessage *sub = *(ProtobufCMessage *const *)(base + f->offset);
			if (sub)
				visit(refs, sub);
		}
	}
}

static bool is_key_constraint(const PgQuery__Node *n)
{
	if (!n || n->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
		return false;
	PgQuery__ConstrType t = n->constraint->contype;
	return t == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY || t == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE;
}

static bool is_foreign_key(const PgQuery__Node *n)
{
	return n && n->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
	       n->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN;
}

/* What the statement brings into existence, and its load priority. */
static void collect_creates(struct names *cr, const PgQuery__Node *s, struct statement *st)
{
	switch (s->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
		names_add(cr, "s", "", s->create_schema_stmt->schemaname);
		st->priority = LOAD_SCHEMA;
		break;
	case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
		names_add(cr, "e", "", s->create_extension_stmt->extname);
		st->priority = LOAD_EXTENSION;
		break;
	case PG_QUERY__NODE__NODE_CREATE_STMT: {
		const PgQuery__CreateStmt *cs = s->create_stmt;
		const PgQuery__RangeVar *rv = cs->relation;
		names_add(cr, "r", rv->schemaname, rv->relname);
		names_add(cr, "t", rv->schemaname, rv->relname); /* its row type */
		names_add(cr, "k", rv->schemaname, rv->relname);
		for (size_t i = 0; i < cs->n_table_elts; i++) {
			const PgQuery__Node *e = cs->table_elts[i];
			if (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
				add_constraint(cr, rv->schemaname, rv->relname, e->constraint->conname);
			if (e->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
				continue;
			for (size_t k = 0; k < e->column_def->n_constraints; k++) {
				const PgQuery__Node *c = e->column_def->constraints[k];
				if (c->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
					add_constraint(cr, rv->schemaname, rv->relname,
						       c->constraint->conname);
			}
		}
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
		add_policy(cr, s->create_policy_stmt->table, s->create_policy_stmt->policy_name);
		break;
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: {
		const PgQuery__RangeVar *rv = s->create_trig_stmt->relation;
		if (rv)
			add_table_member(cr, "g", rv->schemaname, rv->relname,
					 s->create_trig_stmt->trigname);
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: {
		const PgQuery__RangeVar *rv = s->create_seq_stmt->sequence;
		names_add(cr, "r", rv->schemaname, rv->relname);
		break;
	}
	case PG_QUERY__NODE__NODE_VIEW_STMT: {
		const PgQuery__RangeVar *rv = s->view_stmt->view;
		names_add(cr, "r", rv->schemaname, rv->relname);
		names_add(cr, "t", rv->schemaname, rv->relname);
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: {
		const PgQuery__RangeVar *rv = s->create_table_as_stmt->into->rel;
		names_add(cr, "r", rv->schemaname, rv->relname);
		break;
	}
	case PG_QUERY__NODE__NODE_INDEX_STMT: {
		const PgQuery__IndexStmt *ix = s->index_stmt;
		names_add(cr, "r", ix->relation->schemaname, ix->idxname);
		if (ix->unique)
			names_add(cr, "k", ix->relation->schemaname, ix->relation->relname);
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
		add_created_name(cr, "t", s->create_enum_stmt->type_name, s->create_enum_stmt->n_type_name);
		break;
	case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
		add_created_name(cr, "t", s->create_range_stmt->type_name,
			      s->create_range_stmt->n_type_name);
		break;
	case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
		add_created_name(cr, "t", s->create_domain_stmt->domainname,
			      s->create_domain_stmt->n_domainname);
		break;
	case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: {
		const PgQuery__RangeVar *rv = s->composite_type_stmt->typevar;
		names_add(cr, "t", rv->schemaname, rv->relname);
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
		add_created_name(cr, "f", s->create_function_stmt->funcname,
			      s->create_function_stmt->n_funcname);
		break;
	case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
		add_created_name(cr, "x", s->create_stats_stmt->defnames,
				 s->create_stats_stmt->n_defnames);
		break;
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
		const PgQuery__AlterTableStmt *at = s->alter_table_stmt;
		for (size_t i = 0; i < at->n_cmds; i++) {
			const PgQuery__AlterTableCmd *cmd = at->cmds[i]->alter_table_cmd;
			if (!cmd || cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint)
				continue;
			if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
				add_constraint(cr, at->relation->schemaname, at->relation->relname,
					       cmd->def->constraint->conname);
			if (is_key_constraint(cmd->def))
				names_add(cr, "k", at->relation->schemaname, at->relation->relname);
			if (is_foreign_key(cmd->def))
				st->priority = LOAD_FOREIGN_KEY;
		}
		break;
	}
	default:
		break;
	}
}

/* ALTER TABLE t VALIDATE CONSTRAINT c names the constraint it needs, and
 * ENABLE/DISABLE TRIGGER g the trigger. */
static void add_altered_members(struct names *refs, const PgQuery__Node *s)
{
	if (s->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
		return;
	const PgQuery__AlterTableStmt *at = s->alter_table_stmt;
	for (size_t i = 0; i < at->n_cmds; i++) {
		const PgQuery__AlterTableCmd *cmd = at->cmds[i]->alter_table_cmd;
		if (!cmd)
			continue;
		switch (cmd->subtype) {
		case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
		case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplicaIdentity: {
			/* the index, in the table's schema, or a key constraint's */
			const char *index = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn
				? cmd->name
				: cmd->def && cmd->def->replica_identity_stmt
					  ? cmd->def->replica_identity_stmt->name : NULL;
			names_add(refs, "r", at->relation->schemaname, index);
			names_add(refs, "k", at->relation->schemaname, at->relation->relname);
			break;
		}
		case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
			add_constraint(refs, at->relation->schemaname, at->relation->relname, cmd->name);
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
		case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
		case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
		case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
			add_table_member(refs, "g", at->relation->schemaname, at->relation->relname,
					 cmd->name);
			break;
		default:
			break;
		}
	}
}

/* Statements that may make objects the server names (an index or
 * constraint written without a name, a serial's sequence, a partition's
 * copies of its parent's indexes) get a naming group: the schema and the
 * start of the table's name.  The server picks the first free name in the
 * schema, and two such names can only meet when the tables' names start
 * alike ("a" on column b_c and "a_b" on column c both give a_b_c_idx), up
 * to the first '_' and within the part a long name keeps when it is cut to
 * fit.  order.c runs each group's statements in load order, so a parallel
 * load names them as a serial one would, every time. */
#define NAMING_PREFIX_BYTES 20

static const char *naming_group(struct arena *a, const PgQuery__Node *stmt)
{
	const PgQuery__RangeVar *rv = NULL;
	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_STMT:
		rv = stmt->create_stmt->relation;
		break;
	case PG_QUERY__NODE__NODE_INDEX_STMT:
		rv = stmt->index_stmt->relation;
		break;
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
		rv = stmt->alter_table_stmt->relation;
		break;
	default:
		return NULL;
	}
	if (!rv || !rv->relname)
		return NULL;
	size_t n = strcspn(rv->relname, "_");
	if (n > NAMING_PREFIX_BYTES)
		n = NAMING_PREFIX_BYTES;
	return arena_printf(a, "%s.%.*s", schema_or_public(rv->schemaname), (int)n, rv->relname);
}

void collect_names(struct arena *a, const PgQuery__Node *stmt, struct statement *st)
{
	st->naming_group = naming_group(a, stmt);
	struct names cr = { .a = a }, refs = { .a = a };
	st->priority = LOAD_DEFAULT;
	collect_creates(&cr, stmt, st);
	visit(&refs, &stmt->base);
	add_altered_members(&refs, stmt);
	/* the statement's own name is not a dependency on itself */
	size_t keep = 0;
	for (size_t i = 0; i < refs.n; i++) {
		bool own = false;
		for (size_t j = 0; j < cr.n; j++)
			own = own || !strcmp(refs.v[i], cr.v[j]);
		if (!own)
			refs.v[keep++] = refs.v[i];
	}
	st->creates = cr.v;
	st->n_creates = cr.n;
	st->refs = refs.v;
	st->n_refs = keep;
}
