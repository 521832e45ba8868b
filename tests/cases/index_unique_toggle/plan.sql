-- schemadiff plan
-- source fingerprint: 32b6f78ffdf4c395
-- target fingerprint: a51f2241be05f919
-- 4 statements; hazards: long-lock

BEGIN;

DROP INDEX public.slugs_locale_idx;

DROP INDEX public.slugs_site_slug_idx;

-- hazard: long-lock
CREATE UNIQUE INDEX slugs_locale_idx ON public.slugs USING btree (locale, site_id, slug) NULLS NOT DISTINCT;

COMMIT;

CREATE INDEX CONCURRENTLY slugs_site_slug_idx ON public.slugs USING btree (site_id, slug);
