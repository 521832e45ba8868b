-- schemadiff plan
-- source fingerprint: c52788362589a0bd
-- target fingerprint: 28d4448187b1f5e8
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.page_views_lookup_idx;

-- hazard: long-lock
CREATE INDEX page_views_lookup_idx ON public.page_views USING btree (site_id, path, viewed_at);

COMMIT;
