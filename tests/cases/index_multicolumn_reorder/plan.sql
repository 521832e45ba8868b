-- schemadiff plan
-- source fingerprint: 757a1af68867cbfc
-- target fingerprint: b9bb21b20549cdb5
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.page_views_lookup_idx;

-- hazard: long-lock
CREATE INDEX page_views_lookup_idx ON public.page_views USING btree (site_id, path, viewed_at);

COMMIT;
