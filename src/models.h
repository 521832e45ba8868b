/*
 * models.h: the two sides of every comparison, built the same way.
 *
 * models_desired(): files -> statements (parser/) -> shadow database ->
 * catalog reader.  models_live(): a connection -> catalog reader.
 */
#ifndef SD_MODELS_H
#define SD_MODELS_H

#include "options.h"
#include "../schema/reader.h"

struct arena;
struct sd_error;

int models_desired(struct arena *a, const struct options *o, const struct schema_filter *f,
		   int live_major, struct model *out, struct sd_error *err);
int models_live(struct arena *a, const char *url, const struct schema_filter *f,
		struct model *out, int *server_major, struct sd_error *err);
void models_filter(const struct options *o, struct schema_filter *f);

#endif
