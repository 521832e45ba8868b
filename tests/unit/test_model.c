/*
 * test_model.c: the parts of schema/model.c that keep a large model small:
 * dependency edges laid out once (dep_edges_apply), and each object's place
 * in its model (object.index), which change_of() looks changes up by.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "model_builder.h"
#include "../../diff/changes.h"

/* The same result as adding the edges one by one: order of first sight,
 * duplicates and self-edges dropped, users the reverse; and the arrays
 * cut from one block, each at its place (with room for the duplicates). */
static void test_edges_applied_once_in_order(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb b;
	mb_init(&b, &a);
	struct object *t = &add_table(&b, "public", "t")->obj;
	struct object *u = &add_table(&b, "public", "u")->obj;
	struct object *v = &add_table(&b, "public", "v")->obj;
	model_finish(b.a, &b.m); /* the edges name objects by their index */
	struct dep_edges e = { 0 };
	dep_edges_add(&e, t, v);
	dep_edges_add(&e, t, u);
	dep_edges_add(&e, t, v); /* duplicate */
	dep_edges_add(&e, t, t); /* itself: ignored */
	dep_edges_add(&e, u, v);
	dep_edges_apply(&a, &b.m, &e);
	struct model *m = &b.m;
	assert_null(e.v);
	assert_int_equal(t->n_deps, 2);
	assert_ptr_equal(object_dep(m, t, 0), v);
	assert_ptr_equal(object_dep(m, t, 1), u);
	/* one block, cut in order of first sight with room for duplicates:
	 * t's edges (3 deps), v's (3 users), u's (1 user, 1 dep); each
	 * object's users follow its deps, all as object indexes */
	assert_ptr_equal(v->edges, t->edges + 3);
	assert_ptr_equal(u->edges, t->edges + 6);
	assert_int_equal(t->edges[0], v->index);
	assert_int_equal(u->n_deps, 1);
	assert_ptr_equal(object_dep(m, u, 0), v);
	assert_int_equal(v->n_deps, 0);
	assert_int_equal(v->n_users, 2);
	assert_ptr_equal(object_user(m, v, 0), t);
	assert_ptr_equal(object_user(m, v, 1), u);
	assert_int_equal(u->n_users, 1);
	assert_int_equal(u->edges[1], t->index);
	assert_ptr_equal(object_user(m, u, 0), t);
	assert_int_equal(t->n_users, 0);
	/* an edge added later the ordinary way moves the users up */
	object_add_dep(&a, u, t);
	assert_int_equal(u->n_deps, 2);
	assert_ptr_equal(object_dep(m, u, 0), v);
	assert_ptr_equal(object_dep(m, u, 1), t);
	assert_int_equal(u->n_users, 1);
	assert_ptr_equal(object_user(m, u, 0), t);
	assert_int_equal(t->n_users, 1);
	assert_ptr_equal(object_dep(m, t, 0), v);
	assert_ptr_equal(object_dep(m, t, 1), u);
	assert_ptr_equal(object_user(m, t, 0), u);
	object_add_dep(&a, u, t); /* a duplicate: nothing moves */
	assert_int_equal(u->n_deps, 2);
	assert_int_equal(t->n_users, 1);
	arena_free(&a);
}

/* change_of() finds each object's change on either side; nothing for an
 * object that stays as it is, or for an object of neither model, even
 * one whose index is in range. */
static void test_change_of_by_index(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	struct mb cur, want;
	mb_init(&cur, &a);
	mb_init(&want, &a);
	struct object *kept_from = &add_table(&cur, "public", "kept")->obj;
	struct object *gone = &add_table(&cur, "public", "gone")->obj;
	struct object *kept_to = &add_table(&want, "public", "kept")->obj;
	struct object *made = &add_table(&want, "public", "made")->obj;
	mb_finish(&cur);
	mb_finish(&want);
	struct changeset cs;
	changes_compare(&a, mb_model(&cur), mb_model(&want), &cs);
	assert_int_equal(cs.n, 2); /* what stays as it is has no change */
	assert_null(change_of(&cs, kept_from));
	assert_null(change_of(&cs, kept_to));
	assert_int_equal(change_of(&cs, gone)->kind, CHANGE_DROP);
	assert_int_equal(change_of(&cs, made)->kind, CHANGE_CREATE);
	struct table_obj *stranger = arena_alloc(&a, sizeof(*stranger));
	stranger->obj.index = kept_from->index;
	assert_null(change_of(&cs, &stranger->obj));
	changes_release(&cs);
	arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_edges_applied_once_in_order),
		cmocka_unit_test(test_change_of_by_index),
	};
	return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
