-- schemadiff plan
-- source fingerprint: 447cd9fbb49b3e78
-- target fingerprint: eb33d1822890df0c
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.page_views_lookup_idx;

-- hazard: long-lock
CREATE INDEX page_views_lookup_idx ON public.page_views USING btree (site_id, path, viewed_at);

COMMIT;
