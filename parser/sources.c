/*
 * sources.c: the user's own text of checks, index predicates, view queries
 * and policy expressions (see struct source_expr).
 *
 * Node locations point at an expression's start but not its end, so the
 * text is cut out with libpg_query's scanner: the tokens of the statement,
 * with parenthesis depth, find the "( ... )" after CHECK, USING or
 * WITH CHECK, and the rest of the statement after WHERE or AS.
 */
#include "pgq.h"
#include "../common/arena.h"
#include "../common/util.h"

#include <string.h>

struct tokens {
	PgQuery__ScanResult *scan;
	const char *sql;
	size_t base; /* file offset of sql: node locations are file offsets */
};

static bool tokens_open(struct tokens *t, const struct statement *st)
{
	PgQueryScanResult r = pg_query_scan(st->sql);
	t->scan = NULL;
	if (!r.error)
		t->scan = pg_query__scan_result__unpack(NULL, r.pbuf.len, (const uint8_t *)r.pbuf.data);
	pg_query_free_scan_result(r);
	t->sql = st->sql;
	t->base = st->offset;
	return t->scan != NULL;
}

static void tokens_close(struct tokens *t)
{
	if (t->scan)
		pg_query__scan_result__free_unpacked(t->scan, NULL);
}

static size_t n_tokens(const struct tokens *t)
{
	return t->scan->n_tokens;
}

static int tok(const struct tokens *t, size_t i)
{
	return i < t->scan->n_tokens ? (int)t->scan->tokens[i]->token : -1;
}

/* First token at or after statement offset rel. */
/* Whether the query after token i selects a star ("*", "t.*"): it stands
 * for the columns in the table's order at creation, which may not be the
 * desired order, so the catalog's expanded text is the one to re-create
 * the view from.  A star after "(" (count(*)) stands for no columns. */
static bool selects_star(const struct tokens *t, size_t i)
{
	for (; i + 1 < n_tokens(t); i++) {
		if (tok(t, i + 1) != PG_QUERY__TOKEN__ASCII_42)
			continue;
		int before = tok(t, i);
		if (before == PG_QUERY__TOKEN__SELECT || before == PG_QUERY__TOKEN__DISTINCT ||
		    before == PG_QUERY__TOKEN__ALL || before == PG_QUERY__TOKEN__ASCII_44 ||
		    before == PG_QUERY__TOKEN__ASCII_46)
			return true;
	}
	return false;
}

static size_t token_at(const struct tokens *t, int rel)
{
	size_t i = 0;
	while (i < n_tokens(t) && t->scan->tokens[i]->start < rel)
		i++;
	return i;
}

/* The text inside the parentheses that open at token i, or NULL. */
static const char *paren_body(struct arena *a, const struct tokens *t, size_t i)
{
	if (tok(t, i) != PG_QUERY__TOKEN__ASCII_40)
		return NULL;
	int depth = 0;
	for (size_t k = i; k < n_tokens(t); k++) {
		if (tok(t, k) == PG_QUERY__TOKEN__ASCII_40)
			depth++;
		else if (tok(t, k) == PG_QUERY__TOKEN__ASCII_41 && --depth == 0) {
			int from = t->scan->tokens[i]->end, to = t->scan->tokens[k]->start;
			return arena_strndup(a, t->sql + from, (size_t)(to - from));
		}
	}
	return NULL;
}

static bool is_comment(int kind)
{
	return kind == PG_QUERY__TOKEN__SQL_COMMENT || kind == PG_QUERY__TOKEN__C_COMMENT;
}

/* The statement's text after token i up to its last token before the
 * final ';', without blanks: a trailing comment is left out, since a
 * "-- comment" would swallow whatever a plan puts after the text. */
static const char *rest_after(struct arena *a, const struct tokens *t, size_t i)
{
	size_t last = n_tokens(t);
	while (last > i + 1 && (is_comment(tok(t, last - 1)) ||
				tok(t, last - 1) == PG_QUERY__TOKEN__ASCII_59))
		last--;
	if (last <= i + 1)
		return NULL;
	size_t from = (size_t)t->scan->tokens[i]->end, to = (size_t)t->scan->tokens[last - 1]->end;
	while (from < to && strchr(" \t\r\n", t->sql[from]))
		from++;
	return to > from ? arena_strndup(a, t->sql + from, to - from) : NULL;
}

/* Index of the first token of kind `want` at parenthesis depth 0, at or
 * after token i; n_tokens when there is none. */
static size_t find_top(const struct tokens *t, size_t i, int want)
{
	int depth = 0;
	for (; i < n_tokens(t); i++) {
		int k = tok(t, i);
		if (depth == 0 && k == want)
			return i;
		if (k == PG_QUERY__TOKEN__ASCII_40)
			depth++;
		else if (k == PG_QUERY__TOKEN__ASCII_41)
			depth--;
	}
	return i;
}

struct sources {
	struct arena *a;
	struct statement *st;
	size_t cap;
};

/* Names point into the parse tree, which is freed after the statement:
 * the kept copy owns its strings. */
static void push(struct sources *s, struct source_expr e)
{
	struct statement *st = s->st;
	e.schema = arena_strdup(s->a, e.schema);
	e.table = arena_strdup(s->a, e.table);
	e.name = arena_strdup(s->a, e.name);
	if (st->n_sources == s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 4;
		st->sources = arena_grow(s->a, st->sources, st->n_sources, nc, sizeof(*st->sources));
		s->cap = nc;
	}
	st->sources[st->n_sources++] = e;
}

static const char *schema_of(const PgQuery__RangeVar *rv)
{
	return rv->schemaname && rv->schemaname[0] ? rv->schemaname : "public";
}

/* A CHECK constraint, found from its own location. */
static void add_check(struct sources *s, const struct tokens *t, const PgQuery__RangeVar *table,
		      const PgQuery__Constraint *c)
{
	if (c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK || c->location < 0)
		return;
	size_t i = token_at(t, c->location - (int)t->base);
	i = find_top(t, i, PG_QUERY__TOKEN__CHECK);
	struct source_expr e = { .kind = SOURCE_CHECK, .schema = schema_of(table),
				 .table = table->relname,
				 .name = c->conname && c->conname[0] ? c->conname : NULL,
				 .text = paren_body(s->a, t, i + 1) };
	push(s, e); /* even without text: it keeps the count in step */
}

static void table_checks(struct sources *s, const struct tokens *t, const PgQuery__CreateStmt *cs)
{
	/* the server creates them in this order: column constraints and
	 * table constraints as they appear */
	for (size_t i = 0; i < cs->n_table_elts; i++) {
		const PgQuery__Node *el = cs->table_elts[i];
		if (el->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
			for (size_t k = 0; k < el->column_def->n_constraints; k++)
				if (el->column_def->constraints[k]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
					add_check(s, t, cs->relation, el->column_def->constraints[k]->constraint);
		} else if (el->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
			add_check(s, t, cs->relation, el->constraint);
		}
	}
}

void collect_sources(struct arena *a, const PgQuery__Node *stmt, struct statement *st)
{
	struct sources s = { .a = a, .st = st };
	struct tokens t;
	if (!st->execute || !tokens_open(&t, st))
		return;
	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_STMT:
		table_checks(&s, &t, stmt->create_stmt);
		break;
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
		const PgQuery__AlterTableStmt *at = stmt->alter_table_stmt;
		for (size_t i = 0; i < at->n_cmds; i++) {
			const PgQuery__AlterTableCmd *cmd = at->cmds[i]->alter_table_cmd;
			if (cmd && cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def &&
			    cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
				add_check(&s, &t, at->relation, cmd->def->constraint);
		}
		break;
	}
	case PG_QUERY__NODE__NODE_INDEX_STMT: {
		const PgQuery__IndexStmt *ix = stmt->index_stmt;
		if (!ix->where_clause || !ix->idxname || !ix->idxname[0])
			break;
		size_t w = find_top(&t, token_at(&t, ix->relation->location - (int)t.base),
				    PG_QUERY__TOKEN__WHERE);
		struct source_expr e = { .kind = SOURCE_INDEX_WHERE, .schema = schema_of(ix->relation),
					 .table = ix->relation->relname, .name = ix->idxname,
					 .text = rest_after(a, &t, w) };
		if (e.text)
			push(&s, e);
		break;
	}
	case PG_QUERY__NODE__NODE_VIEW_STMT: {
		const PgQuery__ViewStmt *v = stmt->view_stmt;
		/* WITH CHECK OPTION would trail the query, and a column list
		 * (which RECURSIVE always has) names the columns outside it:
		 * keep the catalog's text for those */
		if (v->with_check_option != PG_QUERY__VIEW_CHECK_OPTION__NO_CHECK_OPTION ||
		    v->n_aliases > 0)
			break;
		size_t as = find_top(&t, token_at(&t, v->view->location - (int)t.base),
				     PG_QUERY__TOKEN__AS);
		if (selects_star(&t, as))
			break;
		struct source_expr e = { .kind = SOURCE_VIEW_QUERY, .schema = schema_of(v->view),
					 .name = v->view->relname, .text = rest_after(a, &t, as) };
		if (e.text)
			push(&s, e);
		break;
	}
	case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT: {
		/* a later ALTER POLICY replaces the CREATE's expressions: the
		 * catalog's text, not the CREATE's, is the one to keep */
		const PgQuery__AlterPolicyStmt *p = stmt->alter_policy_stmt;
		if (p->qual || p->with_check)
			push(&s, (struct source_expr){ .kind = SOURCE_POLICY,
						       .schema = schema_of(p->table),
						       .table = p->table->relname,
						       .name = p->policy_name });
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT: {
		const PgQuery__CreatePolicyStmt *p = stmt->create_policy_stmt;
		struct source_expr e = { .kind = SOURCE_POLICY, .schema = schema_of(p->table),
					 .table = p->table->relname, .name = p->policy_name };
		size_t i = token_at(&t, p->table->location - (int)t.base);
		if (p->qual)
			e.text = paren_body(a, &t, find_top(&t, i, PG_QUERY__TOKEN__USING) + 1);
		if (p->with_check) {
			size_t w = i;
			while ((w = find_top(&t, w, PG_QUERY__TOKEN__WITH)) < n_tokens(&t) &&
			       tok(&t, w + 1) != PG_QUERY__TOKEN__CHECK)
				w++;
			e.text2 = paren_body(a, &t, w + 2);
		}
		if ((!p->qual || e.text) && (!p->with_check || e.text2))
			push(&s, e);
		break;
	}
	default:
		break;
	}
	tokens_close(&t);
}
