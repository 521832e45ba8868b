-- schemadiff rollback
-- source fingerprint: 190ad3e6a99c4e37
-- target fingerprint: a672be91ab3229ab
-- 4 statements; hazards: long-lock

BEGIN;

DROP INDEX public.slugs_locale_idx;

DROP INDEX public.slugs_site_slug_idx;

-- hazard: long-lock
CREATE INDEX slugs_locale_idx ON public.slugs USING btree (locale);

-- hazard: long-lock
CREATE UNIQUE INDEX slugs_site_slug_idx ON public.slugs USING btree (site_id, slug);

COMMIT;
