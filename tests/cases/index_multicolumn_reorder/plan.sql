-- schemadiff plan
-- source fingerprint: 43089c01fb97b17f
-- target fingerprint: 2305c7d3f411c8a8
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.page_views_lookup_idx;

-- hazard: long-lock
CREATE INDEX page_views_lookup_idx ON public.page_views USING btree (site_id, path, viewed_at);

COMMIT;
