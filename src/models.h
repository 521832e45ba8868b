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

/* shadow_major (may be NULL) gets the shadow server's major version, 0
 * when unknown. */
int models_desired(struct arena *a, const struct options *o, const struct schema_filter *f,
		   struct model *out, int *shadow_major, struct sd_error *err);
/* Whether models_desired() would take the desired state from the cache
 * (no shadow load), as far as can be told without reading it. */
bool models_desired_cached(struct arena *a, const struct options *o,
			   const struct schema_filter *f);
/* spread: whether the read may use a second session (see catalog_read) */
int models_live(struct arena *a, const char *url, const struct schema_filter *f, bool spread,
		struct model *out, int *server_major, struct sd_error *err);
/* How many times this process loaded a desired state into a shadow. */
unsigned models_desired_loads(void);
void models_filter(const struct options *o, struct schema_filter *f);
/* Every role a desired GRANT names must exist on the live server (read
 * with --privileges); otherwise an error naming the role and the grant. */
int models_check_roles(struct arena *a, const struct model *live, const struct model *desired,
		       struct sd_error *err);

#endif
