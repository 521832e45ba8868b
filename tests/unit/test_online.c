/*
 * test_online.c: plan_online() (diff/online.c) on small hand-built models.
 *
 * The models are built as in test_diff.c (as schema/reader.c builds them):
 * identity and definition set, model_add(), model_finish(), then owners,
 * a dependency on the owner and the table's columns in attnum order.
 * Each test plans with plan_build() and rewrites with plan_online(), with
 * the plan's starting model as `current`, exactly as cmd_plan.c does.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../common/arena.h"
#include "../../common/strbuf.h"
#include "../../diff/plan.h"
#include "../../schema/model.h"
#include "../../src/output.h"
#include "model_builder.h"

/* --- plan helpers ------------------------------------------------------- */

static void print_plan(const struct plan *p)
{
	for (size_t i = 0; i < p->n_steps; i++)
		fprintf(stderr, "  step %zu%s: %s\n", i, p->steps[i].transactional ? "" : " (alone)",
			p->steps[i].sql);
}

static size_t step_of(const struct plan *p, const char *sql)
{
	for (size_t i = 0; i < p->n_steps; i++)
		if (!strcmp(p->steps[i].sql, sql))
			return i;
	print_plan(p);
	fail_msg("no step \"%s\"", sql);
	return p->n_steps;
}

static void assert_plan(const struct plan *p, const char *const *sql, size_t n)
{
	bool same = p->n_steps == n;
	for (size_t i = 0; same && i < n; i++)
		same = !strcmp(p->steps[i].sql, sql[i]);
	if (!same) {
		print_plan(p);
		fail_msg("the plan is not the expected one");
	}
}

/* Every transactional step comes before every step that runs alone. */
static void assert_deferred_last(const struct plan *p)
{
	bool alone = false;
	for (size_t i = 0; i < p->n_steps; i++) {
		if (alone && p->steps[i].transactional) {
			print_plan(p);
			fail_msg("transactional step %zu after a deferred one", i);
		}
		alone = alone || !p->steps[i].transactional;
	}
}

static void plan_both(struct arena *a, const struct model *cur, const struct model *want,
		      struct plan *plain, struct plan *online)
{
	plan_build(a, cur, want, plain);
	plan_build(a, cur, want, online);
	plan_online(a, online, cur);
}

static const struct change_line *line_of(const struct plan *p, const char *object)
{
	for (size_t i = 0; i < p->n_changes; i++)
		if (!strcmp(p->changes[i].object, object))
			return &p->changes[i];
	fail_msg("no summary line for %s", object);
	return NULL;
}

/* --- models ------------------------------------------------------------- */

/* public.orders (id, note, "Total Due") exists on both sides; the desired
 * side adds a column, two indexes and a check. */
static void orders(struct mb *b, bool desired)
{
	add_table(b, "public", "orders");
	add_column(b, "public", "orders", "id", 1, "integer", true, NULL);
	add_column(b, "public", "orders", "note", 2, "text", false, NULL);
	add_column(b, "public", "orders", "Total Due", 3, "numeric", false, NULL);
	if (desired) {
		add_column(b, "public", "orders", "extra", 4, "text", false, NULL);
		add_index(b, "public", "orders", "orders_note_idx",
			  "CREATE INDEX orders_note_idx ON public.orders USING btree (note)");
		add_index(b, "public", "orders", "orders_total_idx",
			  "CREATE UNIQUE INDEX orders_total_idx ON public.orders USING btree (\"Total Due\")");
		add_constraint(b, "public", "orders", "orders_total_check", 'c',
			       "CHECK ((\"Total Due\" >= (0)::numeric))");
	}
	mb_finish(b);
	if (desired) {
		const struct model *m = &b->m;
		dep(b, find(m, OBJ_INDEX, "public", "orders", "orders_note_idx"),
		    find(m, OBJ_COLUMN, "public", "orders", "note"));
		dep(b, find(m, OBJ_INDEX, "public", "orders", "orders_total_idx"),
		    find(m, OBJ_COLUMN, "public", "orders", "Total Due"));
		dep(b, find(m, OBJ_CONSTRAINT, "public", "orders", "orders_total_check"),
		    find(m, OBJ_COLUMN, "public", "orders", "Total Due"));
	}
}

/* --- tests ---------------------------------------------------------------- */

static void test_index_becomes_concurrent_and_moves_last(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	mb_init(&cur, &a);
	mb_init(&want, &a);
	orders(&cur, false);
	orders(&want, true);
	struct plan plain, p;
	plan_both(&a, &cur.m, &want.m, &plain, &p);
	/* plan_build alone writes the plain statements */
	size_t k = step_of(&plain, "CREATE INDEX orders_note_idx ON public.orders USING btree (note);");
	assert_true(plain.steps[k].hazards & HAZARD_LONG_LOCK);
	assert_true(line_of(&plain, "index public.orders.orders_note_idx")->hazards & HAZARD_LONG_LOCK);

	static const char *const want_sql[] = {
		"ALTER TABLE public.orders ADD COLUMN extra text;",
		"ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK ((\"Total Due\" >= (0)::numeric)) NOT VALID;",
		"ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_check;",
		"CREATE INDEX CONCURRENTLY orders_note_idx ON public.orders USING btree (note);",
		"CREATE UNIQUE INDEX CONCURRENTLY orders_total_idx ON public.orders USING btree (\"Total Due\");",
	};
	assert_plan(&p, want_sql, 5);
	assert_deferred_last(&p);
	for (size_t i = 3; i < 5; i++) {
		const struct step *s = &p.steps[i];
		assert_false(s->transactional);
		assert_false(s->needs_commit);
		assert_string_equal(s->lock, "share update exclusive");
		assert_int_equal(s->hazards & HAZARD_LONG_LOCK, 0);
		assert_int_equal(s->object->kind, OBJ_INDEX);
	}
	/* the summary agrees: no long lock left on the indexes */
	assert_int_equal(line_of(&p, "index public.orders.orders_note_idx")->hazards, 0);
	assert_int_equal(line_of(&p, "index public.orders.orders_total_idx")->hazards, 0);
	assert_int_equal(line_of(&p, "constraint public.orders.orders_total_check")->hazards, 0);
	assert_int_equal(p.n_changes, plain.n_changes);
	arena_free(&a);
}

static void test_check_and_fk_are_added_not_valid_then_validated(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	struct mb *both[] = { &cur, &want };
	mb_init(&cur, &a);
	mb_init(&want, &a);
	for (int i = 0; i < 2; i++) {
		add_table(both[i], "app", "Users");
		add_column(both[i], "app", "Users", "id", 1, "bigint", true, NULL);
		add_constraint(both[i], "app", "Users", "Users_pkey", 'p', "PRIMARY KEY (id)");
		add_table(both[i], "app", "tickets");
		add_column(both[i], "app", "tickets", "user_id", 1, "bigint", false, NULL);
	}
	add_constraint(&want, "app", "tickets", "tickets user fk", 'f',
		       "FOREIGN KEY (user_id) REFERENCES app.\"Users\"(id)");
	add_constraint(&want, "app", "tickets", "tickets_user_check", 'c',
		       "CHECK ((user_id > 0)) NO INHERIT");
	struct constraint_obj *nv = add_constraint(&want, "app", "tickets", "already_not_valid", 'c',
						   "CHECK ((user_id < 100))");
	nv->validated = false;
	for (int i = 0; i < 2; i++)
		mb_finish(both[i]);
	struct object *fk = find(&want.m, OBJ_CONSTRAINT, "app", "tickets", "tickets user fk");
	dep(&want, fk, find(&want.m, OBJ_CONSTRAINT, "app", "Users", "Users_pkey"));
	dep(&want, fk, find(&want.m, OBJ_COLUMN, "app", "Users", "id"));
	dep(&want, fk, find(&want.m, OBJ_COLUMN, "app", "tickets", "user_id"));
	struct plan plain, p;
	plan_both(&a, &cur.m, &want.m, &plain, &p);
	assert_int_equal(plain.n_steps, 3);
	static const char *const want_sql[] = {
		"ALTER TABLE app.tickets ADD CONSTRAINT already_not_valid CHECK ((user_id < 100)) NOT VALID;",
		"ALTER TABLE app.tickets ADD CONSTRAINT tickets_user_check CHECK ((user_id > 0)) NO INHERIT NOT VALID;",
		"ALTER TABLE app.tickets ADD CONSTRAINT \"tickets user fk\" FOREIGN KEY (user_id) REFERENCES app.\"Users\"(id) NOT VALID;",
		"ALTER TABLE app.tickets VALIDATE CONSTRAINT tickets_user_check;",
		"ALTER TABLE app.tickets VALIDATE CONSTRAINT \"tickets user fk\";",
	};
	assert_plan(&p, want_sql, 5);
	assert_deferred_last(&p);
	for (size_t i = 0; i < 3; i++) {
		assert_true(p.steps[i].transactional);
		assert_int_equal(p.steps[i].hazards, 0);
		assert_string_equal(p.steps[i].lock, plain.steps[i].lock);
	}
	assert_string_equal(p.steps[2].lock, "share row exclusive");
	for (size_t i = 3; i < 5; i++) {
		assert_false(p.steps[i].transactional);
		assert_false(p.steps[i].needs_commit);
		assert_false(p.steps[i].user_text);
		assert_int_equal(p.steps[i].hazards, 0);
		assert_string_equal(p.steps[i].lock, "share update exclusive");
	}
	/* the validation belongs to the same constraint */
	assert_ptr_equal(p.steps[3].object, p.steps[1].object);
	assert_ptr_equal(p.steps[4].object, p.steps[2].object);
	arena_free(&a);
}

static void test_set_not_null_goes_through_a_check(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	mb_init(&cur, &a);
	mb_init(&want, &a);
	add_table(&cur, "my app", "Order");
	add_column(&cur, "my app", "Order", "Full Name", 1, "text", false, NULL);
	add_column(&cur, "my app", "Order", "select", 2, "text", false, NULL);
	add_table(&want, "my app", "Order");
	add_column(&want, "my app", "Order", "Full Name", 1, "text", true, NULL);
	add_column(&want, "my app", "Order", "select", 2, "text", true, NULL);
	mb_finish(&cur);
	mb_finish(&want);
	struct plan plain, p;
	plan_both(&a, &cur.m, &want.m, &plain, &p);
	assert_int_equal(plain.n_steps, 2);
	assert_int_equal(p.n_steps, 8);
	assert_deferred_last(&p);
	/* in place: one NOT VALID check per column */
	const char *name1 = p.steps[0].sql + strlen("ALTER TABLE \"my app\".\"Order\" ADD CONSTRAINT ");
	const char *name2 = p.steps[1].sql + strlen("ALTER TABLE \"my app\".\"Order\" ADD CONSTRAINT ");
	assert_true(!strncmp(name1, "schemadiff_nn_", 14) && !strncmp(name2, "schemadiff_nn_", 14));
	for (size_t i = 14; i < 30; i++)
		assert_non_null(strchr("0123456789abcdef", name1[i]));
	assert_int_equal(name1[30], ' ');
	char n1[31], n2[31];
	memcpy(n1, name1, 30), n1[30] = 0;
	memcpy(n2, name2, 30), n2[30] = 0;
	assert_string_not_equal(n1, n2);
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "ALTER TABLE \"my app\".\"Order\" ADD CONSTRAINT %s CHECK (\"Full Name\" IS NOT NULL) NOT VALID;", n1);
	assert_string_equal(p.steps[0].sql, sb.buf);
	strbuf_reset(&sb);
	strbuf_addf(&sb, "ALTER TABLE \"my app\".\"Order\" ADD CONSTRAINT %s CHECK (\"select\" IS NOT NULL) NOT VALID;", n2);
	assert_string_equal(p.steps[1].sql, sb.buf);
	for (size_t i = 0; i < 2; i++) {
		assert_true(p.steps[i].transactional);
		assert_int_equal(p.steps[i].hazards, 0);
		assert_string_equal(p.steps[i].lock, "access exclusive");
		assert_int_equal(p.steps[i].object->kind, OBJ_COLUMN);
	}
	/* after the transaction, per column: validate, set, drop */
	const char *const *names[] = { (const char *const[]){ n1, "\"Full Name\"" },
				       (const char *const[]){ n2, "\"select\"" } };
	for (size_t c = 0; c < 2; c++) {
		const struct step *s = &p.steps[2 + 3 * c];
		strbuf_reset(&sb);
		strbuf_addf(&sb, "ALTER TABLE \"my app\".\"Order\" VALIDATE CONSTRAINT %s;", names[c][0]);
		assert_string_equal(s[0].sql, sb.buf);
		assert_string_equal(s[0].lock, "share update exclusive");
		strbuf_reset(&sb);
		strbuf_addf(&sb, "ALTER TABLE \"my app\".\"Order\" ALTER COLUMN %s SET NOT NULL;", names[c][1]);
		assert_string_equal(s[1].sql, sb.buf);
		assert_string_equal(s[1].lock, "access exclusive");
		strbuf_reset(&sb);
		strbuf_addf(&sb, "ALTER TABLE \"my app\".\"Order\" DROP CONSTRAINT %s;", names[c][0]);
		assert_string_equal(s[2].sql, sb.buf);
		for (size_t k = 0; k < 3; k++) {
			assert_false(s[k].transactional);
			assert_false(s[k].needs_commit);
			assert_int_equal(s[k].hazards, 0);
			assert_ptr_equal(s[k].object, p.steps[c].object);
		}
	}
	assert_int_equal(line_of(&p, "column \"my app\".\"Order\".\"Full Name\"")->hazards, 0);
	strbuf_release(&sb);
	arena_free(&a);
}

static void test_partitioned_table_is_left_alone(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	struct mb *both[] = { &cur, &want };
	mb_init(&cur, &a);
	mb_init(&want, &a);
	for (int i = 0; i < 2; i++) {
		add_partitioned(both[i], "public", "events", "RANGE (at)");
		add_column(both[i], "public", "events", "at", 1, "date", i == 1, NULL);
		add_column(both[i], "public", "events", "kind", 2, "text", false, NULL);
	}
	add_index(&want, "public", "events", "events_kind_idx",
		  "CREATE INDEX events_kind_idx ON ONLY public.events USING btree (kind)");
	add_constraint(&want, "public", "events", "events_kind_check", 'c',
		       "CHECK ((kind <> ''::text))");
	for (int i = 0; i < 2; i++)
		mb_finish(both[i]);
	struct plan plain, p;
	plan_both(&a, &cur.m, &want.m, &plain, &p);
	assert_int_equal(plain.n_steps, 3);
	assert_int_equal(p.n_steps, plain.n_steps);
	for (size_t i = 0; i < p.n_steps; i++) {
		assert_string_equal(p.steps[i].sql, plain.steps[i].sql);
		assert_true(p.steps[i].transactional);
		assert_int_equal(p.steps[i].hazards, plain.steps[i].hazards);
	}
	step_of(&p, "CREATE INDEX events_kind_idx ON public.events USING btree (kind);");
	step_of(&p, "ALTER TABLE public.events ALTER COLUMN at SET NOT NULL;");
	arena_free(&a);
}

static void test_new_table_is_left_alone(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	mb_init(&cur, &a);
	mb_init(&want, &a);
	orders(&cur, false);
	/* a table the plan creates, and one it drops and creates again
	 * (it becomes partitioned): nothing waits on either */
	add_table(&cur, "public", "log");
	add_column(&cur, "public", "log", "at", 1, "date", false, NULL);
	add_table(&want, "public", "fresh");
	add_column(&want, "public", "fresh", "id", 1, "integer", true, NULL);
	add_column(&want, "public", "fresh", "order_id", 2, "integer", false, NULL);
	add_index(&want, "public", "fresh", "fresh_id_idx",
		  "CREATE INDEX fresh_id_idx ON public.fresh USING btree (id)");
	add_constraint(&want, "public", "fresh", "fresh_id_check", 'c', "CHECK ((id > 0))");
	add_partitioned(&want, "public", "log", "RANGE (at)");
	add_column(&want, "public", "log", "at", 1, "date", false, NULL);
	add_index(&want, "public", "log", "log_at_idx",
		  "CREATE INDEX log_at_idx ON public.log USING btree (at)");
	add_table(&want, "public", "orders");
	add_column(&want, "public", "orders", "id", 1, "integer", true, NULL);
	add_column(&want, "public", "orders", "note", 2, "text", false, NULL);
	add_column(&want, "public", "orders", "Total Due", 3, "numeric", false, NULL);
	mb_finish(&cur);
	mb_finish(&want);
	struct plan plain, p;
	plan_both(&a, &cur.m, &want.m, &plain, &p);
	assert_int_equal(p.n_steps, plain.n_steps);
	for (size_t i = 0; i < p.n_steps; i++) {
		assert_string_equal(p.steps[i].sql, plain.steps[i].sql);
		assert_true(p.steps[i].transactional);
	}
	step_of(&p, "CREATE INDEX fresh_id_idx ON public.fresh USING btree (id);");
	step_of(&p, "ALTER TABLE public.fresh ADD CONSTRAINT fresh_id_check CHECK ((id > 0));");
	step_of(&p, "CREATE INDEX log_at_idx ON public.log USING btree (at);");
	arena_free(&a);
}

/* An existing parent gets a UNIQUE index that a new FK on an existing
 * child needs: it is built CONCURRENTLY but stays before the FK. */
static void fk_pair(struct mb *b, bool desired, bool with_fk)
{
	add_table(b, "public", "z_parent");
	add_column(b, "public", "z_parent", "id", 1, "integer", true, NULL);
	add_column(b, "public", "z_parent", "code", 2, "text", false, NULL);
	add_table(b, "public", "a_child");
	add_column(b, "public", "a_child", "parent_id", 1, "integer", false, NULL);
	if (desired) {
		add_index(b, "public", "z_parent", "z_parent_id_key",
			  "CREATE UNIQUE INDEX z_parent_id_key ON public.z_parent USING btree (id)");
		add_index(b, "public", "z_parent", "z_parent_code_idx",
			  "CREATE INDEX z_parent_code_idx ON public.z_parent USING btree (code)");
		if (with_fk)
			add_constraint(b, "public", "a_child", "a_child_parent_fkey", 'f',
				       "FOREIGN KEY (parent_id) REFERENCES public.z_parent(id)");
	}
	mb_finish(b);
	if (!desired)
		return;
	const struct model *m = &b->m;
	struct object *key = find(m, OBJ_INDEX, "public", "z_parent", "z_parent_id_key");
	dep(b, key, find(m, OBJ_COLUMN, "public", "z_parent", "id"));
	if (!with_fk)
		return;
	struct object *fk = find(m, OBJ_CONSTRAINT, "public", "a_child", "a_child_parent_fkey");
	dep(b, fk, key);
	dep(b, fk, find(m, OBJ_COLUMN, "public", "z_parent", "id"));
	dep(b, fk, find(m, OBJ_COLUMN, "public", "a_child", "parent_id"));
}

static void test_unique_index_stays_before_a_foreign_key(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	mb_init(&cur, &a);
	mb_init(&want, &a);
	fk_pair(&cur, false, true);
	fk_pair(&want, true, true);
	struct plan plain, p;
	plan_both(&a, &cur.m, &want.m, &plain, &p);
	static const char *const want_sql[] = {
		"CREATE UNIQUE INDEX CONCURRENTLY z_parent_id_key ON public.z_parent USING btree (id);",
		"ALTER TABLE public.a_child ADD CONSTRAINT a_child_parent_fkey FOREIGN KEY (parent_id) REFERENCES public.z_parent(id) NOT VALID;",
		"CREATE INDEX CONCURRENTLY z_parent_code_idx ON public.z_parent USING btree (code);",
		"ALTER TABLE public.a_child VALIDATE CONSTRAINT a_child_parent_fkey;",
	};
	assert_plan(&p, want_sql, 4);
	assert_false(p.steps[0].transactional);
	assert_string_equal(p.steps[0].lock, "share update exclusive");
	assert_true(p.steps[1].transactional);
	assert_false(p.steps[2].transactional);
	assert_false(p.steps[3].transactional);

	/* without the foreign key, the unique index moves like any other */
	struct arena b = ARENA_INIT;
	mb_init(&cur, &b);
	mb_init(&want, &b);
	fk_pair(&cur, false, false);
	fk_pair(&want, true, false);
	plan_both(&b, &cur.m, &want.m, &plain, &p);
	static const char *const no_fk[] = {
		"CREATE INDEX CONCURRENTLY z_parent_code_idx ON public.z_parent USING btree (code);",
		"CREATE UNIQUE INDEX CONCURRENTLY z_parent_id_key ON public.z_parent USING btree (id);",
	};
	assert_plan(&p, no_fk, 2);
	arena_free(&b);
	arena_free(&a);
}

static void test_comment_follows_its_moved_index(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	mb_init(&cur, &a);
	mb_init(&want, &a);
	orders(&cur, false);
	orders(&want, true);
	struct object *x = find(&want.m, OBJ_INDEX, "public", "orders", "orders_note_idx");
	/* the comment is a late addition: rebuild the sorted model */
	struct comment_obj *c = add_comment(&want, x, "for search");
	model_finish(want.a, &want.m);
	dep(&want, &c->obj, x);
	struct plan plain, p;
	plan_both(&a, &cur.m, &want.m, &plain, &p);
	size_t i = step_of(&p, "CREATE INDEX CONCURRENTLY orders_note_idx ON public.orders USING btree (note);");
	size_t k = step_of(&p, "COMMENT ON INDEX public.orders_note_idx IS 'for search';");
	assert_true(k > i);
	assert_false(p.steps[k].transactional);
	assert_deferred_last(&p);
	arena_free(&a);
}

static void test_identity_column_keeps_plain_not_null(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	mb_init(&cur, &a);
	mb_init(&want, &a);
	add_table(&cur, "public", "t");
	add_column(&cur, "public", "t", "id", 1, "integer", false, NULL);
	add_table(&want, "public", "t");
	struct column_obj *id = add_column(&want, "public", "t", "id", 1, "integer", true, NULL);
	id->identity = 'd';
	static const struct identity_sequence seq = {
		.schema = "public",
		.name = "t_id_seq",
		.options = "START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE",
	};
	id->identity_seq = &seq;
	object_set_definition(&id->obj, "integer NOT NULL GENERATED BY DEFAULT AS IDENTITY");
	mb_finish(&cur);
	mb_finish(&want);
	struct plan plain, p;
	plan_both(&a, &cur.m, &want.m, &plain, &p);
	assert_int_equal(p.n_steps, plain.n_steps);
	size_t nn = step_of(&p, "ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;");
	assert_true(p.steps[nn].transactional);
	assert_true(p.steps[nn].hazards & HAZARD_LONG_LOCK);
	arena_free(&a);
}

static void test_rollback_and_determinism(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	mb_init(&cur, &a);
	mb_init(&want, &a);
	orders(&cur, true);
	orders(&want, false);
	/* the rollback of test_index_becomes_concurrent: the desired side is
	 * `current`, nothing to build or validate; then the reverse once more */
	struct plan p1, p2;
	plan_both(&a, &cur.m, &want.m, &p1, &p2);
	assert_int_equal(p1.n_steps, p2.n_steps);
	for (size_t i = 0; i < p1.n_steps; i++)
		assert_string_equal(p1.steps[i].sql, p2.steps[i].sql);
	struct plan f1, f2, g1, g2;
	plan_both(&a, &want.m, &cur.m, &g1, &f1);
	plan_both(&a, &want.m, &cur.m, &g2, &f2);
	assert_int_equal(f1.n_steps, f2.n_steps);
	assert_int_equal(f1.n_steps, 5);
	for (size_t i = 0; i < f1.n_steps; i++) {
		assert_string_equal(f1.steps[i].sql, f2.steps[i].sql);
		assert_int_equal(f1.steps[i].transactional, f2.steps[i].transactional);
	}
	/* the same NOT NULL check name in two runs, from separate models */
	struct arena b = ARENA_INIT;
	struct plan n[2];
	struct mb c2[2], w2[2];
	for (int r = 0; r < 2; r++) {
		mb_init(&c2[r], &b);
		mb_init(&w2[r], &b);
		add_table(&c2[r], "public", "t");
		add_column(&c2[r], "public", "t", "x", 1, "integer", false, NULL);
		add_table(&w2[r], "public", "t");
		add_column(&w2[r], "public", "t", "x", 1, "integer", true, NULL);
		mb_finish(&c2[r]);
		mb_finish(&w2[r]);
		plan_build(&b, &c2[r].m, &w2[r].m, &n[r]);
		plan_online(&b, &n[r], &c2[r].m);
	}
	assert_int_equal(n[0].n_steps, 4);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(n[0].steps[i].sql, n[1].steps[i].sql);
	/* ... and a second rewrite finds nothing left to do */
	struct plan again = n[0];
	plan_online(&b, &again, &c2[0].m);
	assert_int_equal(again.n_steps, 4);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(again.steps[i].sql, n[0].steps[i].sql);
	again = f1;
	plan_online(&a, &again, &want.m);
	assert_int_equal(again.n_steps, f1.n_steps);
	for (size_t i = 0; i < f1.n_steps; i++)
		assert_string_equal(again.steps[i].sql, f1.steps[i].sql);
	arena_free(&b);
	arena_free(&a);
}

/* The SQL script: the main transaction, then each deferred step alone. */
static void test_script_commits_before_deferred_steps(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	mb_init(&cur, &a);
	mb_init(&want, &a);
	orders(&cur, false);
	orders(&want, true);
	struct plan p;
	plan_build(&a, &cur.m, &want.m, &p);
	plan_online(&a, &p, &cur.m);
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);
	assert_non_null(fp);
	output_sql(fp, &a, &p, "plan");
	fclose(fp);
	const char *body = strstr(text, "\nBEGIN;\n");
	assert_non_null(body);
	assert_string_equal(body,
		"\nBEGIN;\n"
		"\nALTER TABLE public.orders ADD COLUMN extra text;\n"
		"\nALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK ((\"Total Due\" >= (0)::numeric)) NOT VALID;\n"
		"\nCOMMIT;\n"
		"\nALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_check;\n"
		"\nCREATE INDEX CONCURRENTLY orders_note_idx ON public.orders USING btree (note);\n"
		"\nCREATE UNIQUE INDEX CONCURRENTLY orders_total_idx ON public.orders USING btree (\"Total Due\");\n");
	assert_non_null(strstr(text, "-- 5 statements; hazards: none\n"));
	free(text);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_index_becomes_concurrent_and_moves_last),
		cmocka_unit_test(test_check_and_fk_are_added_not_valid_then_validated),
		cmocka_unit_test(test_set_not_null_goes_through_a_check),
		cmocka_unit_test(test_partitioned_table_is_left_alone),
		cmocka_unit_test(test_new_table_is_left_alone),
		cmocka_unit_test(test_unique_index_stays_before_a_foreign_key),
		cmocka_unit_test(test_comment_follows_its_moved_index),
		cmocka_unit_test(test_identity_column_keeps_plain_not_null),
		cmocka_unit_test(test_rollback_and_determinism),
		cmocka_unit_test(test_script_commits_before_deferred_steps),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
