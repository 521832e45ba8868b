/*
 * plan_file.c: JSON plans back into a run_plan (see run_plan.h).
 *
 * Plan files come from pull requests and CI artifacts, so they are input
 * like any other: jansson parses them (it reports line and column), and
 * every field is checked for its type before use.  A plan that does not
 * say "format": "schemadiff.plan", format_version 1, is refused rather
 * than guessed at.  Unknown fields are ignored: versions only add fields.
 */
#include "run_plan.h"
#include "../common/arena.h"
#include "../common/error.h"
#include "../diff/plan.h"

#include <errno.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where a bad field sits, for the message: "steps[3].sql" */
struct where {
	const char *file;
	char path[128];
};

static int bad(struct sd_error *err, const struct where *w, const char *what)
{
	return sd_error_set_at(err, SD_ERR_INPUT, w->file, 0, 0, "%s%s%s", w->path,
			       w->path[0] ? ": " : "", what);
}

static int get_string(struct arena *a, json_t *obj, const char *key, bool nullable,
		      const struct where *w, const char **out, struct sd_error *err)
{
	json_t *v = json_object_get(obj, key);
	if (nullable && (!v || json_is_null(v))) {
		*out = NULL;
		return 0;
	}
	if (!json_is_string(v))
		return sd_error_set_at(err, SD_ERR_INPUT, w->file, 0, 0, "%s%s\"%s\" must be a string",
				       w->path, w->path[0] ? ": " : "", key);
	*out = arena_strndup(a, json_string_value(v), json_string_length(v));
	if (strlen(*out) != json_string_length(v))
		return sd_error_set_at(err, SD_ERR_INPUT, w->file, 0, 0,
				       "%s%s\"%s\" holds a NUL character", w->path,
				       w->path[0] ? ": " : "", key);
	return 0;
}

static int get_bool(json_t *obj, const char *key, const struct where *w, bool *out,
		    struct sd_error *err)
{
	json_t *v = json_object_get(obj, key);
	if (!json_is_boolean(v))
		return sd_error_set_at(err, SD_ERR_INPUT, w->file, 0, 0, "%s%s\"%s\" must be true or false",
				       w->path, w->path[0] ? ": " : "", key);
	*out = json_is_true(v);
	return 0;
}

static int parse_fingerprint(json_t *v, const struct where *w, const char *key, uint64_t *out,
			     struct sd_error *err)
{
	const char *s = json_string_value(v);
	if (!s || strlen(s) != 16 || strspn(s, "0123456789abcdef") != 16)
		return sd_error_set_at(err, SD_ERR_INPUT, w->file, 0, 0,
				       "%s%s\"%s\" must be 16 lowercase hex digits", w->path,
				       w->path[0] ? ": " : "", key);
	*out = strtoull(s, NULL, 16);
	return 0;
}

static int parse_hazards(json_t *arr, const struct where *w, unsigned *out, struct sd_error *err)
{
	*out = 0;
	if (!json_is_array(arr))
		return bad(err, w, "\"hazards\" must be an array");
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		const char *name = json_string_value(v);
		unsigned bit = name ? hazard_parse(name) : 0;
		if (!bit)
			return bad(err, w, "unknown hazard (use data-loss, rewrite, long-lock or irreversible)");
		*out |= bit;
	}
	return 0;
}

static int parse_steps(struct arena *a, json_t *arr, const char *file, const char *prefix,
		       struct run_steps *out, struct sd_error *err)
{
	struct where w = { .file = file };
	snprintf(w.path, sizeof(w.path), "%s", prefix);
	if (!json_is_array(arr))
		return bad(err, &w, "must be an array of steps");
	out->n = json_array_size(arr);
	out->v = arena_alloc(a, (out->n + 1) * sizeof(*out->v));
	for (size_t i = 0; i < out->n; i++) {
		json_t *s = json_array_get(arr, i);
		struct run_step *st = &out->v[i];
		snprintf(w.path, sizeof(w.path), "%s[%zu]", prefix, i);
		if (!json_is_object(s))
			return bad(err, &w, "must be an object");
		if (get_string(a, s, "sql", false, &w, &st->sql, err) < 0 ||
		    get_string(a, s, "object", true, &w, &st->object, err) < 0 ||
		    get_string(a, s, "lock", true, &w, &st->lock, err) < 0 ||
		    get_bool(s, "transactional", &w, &st->transactional, err) < 0 ||
		    get_bool(s, "new_transaction", &w, &st->needs_commit, err) < 0 ||
		    parse_hazards(json_object_get(s, "hazards"), &w, &st->hazards, err) < 0)
			return -1;
		if (!st->sql[0])
			return bad(err, &w, "\"sql\" is empty");
	}
	return 0;
}

static int parse_objects(struct arena *a, json_t *arr, const char *file, const char *key,
			 struct object_prints *out, struct sd_error *err)
{
	struct where w = { .file = file };
	snprintf(w.path, sizeof(w.path), "%s", key);
	if (!json_is_array(arr))
		return bad(err, &w, "must be an array of objects");
	out->n = json_array_size(arr);
	out->v = arena_alloc(a, (out->n + 1) * sizeof(*out->v));
	for (size_t i = 0; i < out->n; i++) {
		json_t *o = json_array_get(arr, i);
		struct object_print *p = &out->v[i];
		snprintf(w.path, sizeof(w.path), "%s[%zu]", key, i);
		if (!json_is_object(o))
			return bad(err, &w, "must be an object");
		if (get_string(a, o, "object", false, &w, &p->object, err) < 0 ||
		    parse_fingerprint(json_object_get(o, "fingerprint"), &w, "fingerprint",
				      &p->fingerprint, err) < 0)
			return -1;
		json_t *alt = json_object_get(o, "alt_fingerprint");
		if (alt && parse_fingerprint(alt, &w, "alt_fingerprint", &p->alt_fingerprint, err) < 0)
			return -1;
	}
	return 0;
}

static int parse_plan(struct arena *a, json_t *root, const char *file, struct run_plan *out,
		      struct sd_error *err)
{
	struct where w = { .file = file };
	memset(out, 0, sizeof(*out));
	if (!json_is_object(root))
		return bad(err, &w, "not a schemadiff plan (expected a JSON object)");
	const char *format = json_string_value(json_object_get(root, "format"));
	if (!format || strcmp(format, "schemadiff.plan"))
		return bad(err, &w, "not a schemadiff plan (\"format\" is not \"schemadiff.plan\"; "
				    "write one with: schemadiff plan --format json --out FILE)");
	json_t *version = json_object_get(root, "format_version");
	if (!json_is_integer(version) || json_integer_value(version) != 1)
		return bad(err, &w, "unsupported \"format_version\" (this schemadiff reads version 1)");
	if (parse_fingerprint(json_object_get(root, "source_fingerprint"), &w, "source_fingerprint",
			      &out->source_fingerprint, err) < 0 ||
	    parse_fingerprint(json_object_get(root, "target_fingerprint"), &w, "target_fingerprint",
			      &out->target_fingerprint, err) < 0 ||
	    parse_steps(a, json_object_get(root, "steps"), file, "steps", &out->forward, err) < 0 ||
	    parse_objects(a, json_object_get(root, "source_objects"), file, "source_objects",
			  &out->source, err) < 0 ||
	    parse_objects(a, json_object_get(root, "target_objects"), file, "target_objects",
			  &out->target, err) < 0)
		return -1;
	json_t *back = json_object_get(root, "rollback");
	if (back && !json_is_null(back)) {
		if (!json_is_object(back))
			return bad(err, &w, "\"rollback\" must be an object or null");
		if (parse_steps(a, json_object_get(back, "steps"), file, "rollback.steps", &out->back,
				err) < 0)
			return -1;
		out->has_back = true;
	}
	return 0;
}

int plan_file_parse(struct arena *a, const char *text, size_t len, const char *name,
		    struct run_plan *out, struct sd_error *err)
{
	json_error_t je;
	json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
	if (!root)
		return sd_error_set_at(err, SD_ERR_INPUT, name, je.line > 0 ? je.line : 0,
				       je.column > 0 ? je.column : 0, "invalid JSON plan: %s", je.text);
	int rc = parse_plan(a, root, name, out, err);
	json_decref(root);
	return rc;
}

int plan_file_read(struct arena *a, const char *path, struct run_plan *out, struct sd_error *err)
{
	bool std = !strcmp(path, "-");
	FILE *fp = std ? stdin : fopen(path, "rb");
	if (!fp)
		return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "cannot read: %s", strerror(errno));
	char *buf = NULL;
	size_t len = 0, cap = 0, got;
	do {
		if (len + 65536 > cap) {
			cap = cap ? cap * 2 : 1 << 20;
			char *nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				if (!std)
					fclose(fp);
				return sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "out of memory");
			}
			buf = nb;
		}
		got = fread(buf + len, 1, cap - len, fp);
		len += got;
	} while (got > 0);
	int failed = ferror(fp);
	if (!std)
		fclose(fp);
	int rc = failed ? sd_error_set_at(err, SD_ERR_INPUT, path, 0, 0, "cannot read: %s",
					  strerror(errno))
			: plan_file_parse(a, buf, len, std ? "<stdin>" : path, out, err);
	free(buf);
	return rc;
}

char *run_steps_to_json(const struct run_steps *s)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < s->n; i++) {
		const struct run_step *st = &s->v[i];
		const char *names[HAZARD_KINDS];
		size_t nh = hazard_list(st->hazards, names);
		json_t *hz = json_array();
		for (size_t h = 0; h < nh; h++)
			json_array_append_new(hz, json_string(names[h]));
		json_array_append_new(arr, json_pack("{s:s, s:s?, s:b, s:b, s:s?, s:o}",
						     "sql", st->sql, "object", st->object,
						     "transactional", st->transactional,
						     "new_transaction", st->needs_commit,
						     "lock", st->lock, "hazards", hz));
	}
	char *text = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	return text;
}

int run_steps_from_json(struct arena *a, const char *text, const char *name,
			struct run_steps *out, struct sd_error *err)
{
	json_error_t je;
	json_t *root = json_loads(text, 0, &je);
	if (!root)
		return sd_error_set(err, SD_ERR_INPUT, "%s: invalid JSON: %s", name, je.text);
	int rc = parse_steps(a, root, name, "steps", out, err);
	json_decref(root);
	return rc;
}

char *object_prints_to_json(const struct object_prints *p)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < p->n; i++) {
		char fp[17], alt[17];
		snprintf(fp, sizeof(fp), "%016" PRIx64, p->v[i].fingerprint);
		snprintf(alt, sizeof(alt), "%016" PRIx64, p->v[i].alt_fingerprint);
		json_t *o = json_pack("{s:s, s:s}", "object", p->v[i].object, "fingerprint", fp);
		if (p->v[i].alt_fingerprint)
			json_object_set_new(o, "alt_fingerprint", json_string(alt));
		json_array_append_new(arr, o);
	}
	char *text = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	return text;
}

int object_prints_from_json(struct arena *a, const char *text, const char *name,
			    struct object_prints *out, struct sd_error *err)
{
	json_error_t je;
	json_t *root = json_loads(text, 0, &je);
	if (!root)
		return sd_error_set(err, SD_ERR_INPUT, "%s: invalid JSON: %s", name, je.text);
	int rc = parse_objects(a, root, name, "objects", out, err);
	json_decref(root);
	return rc;
}
