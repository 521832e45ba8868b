-- schemadiff plan
-- source fingerprint: c52788362589a0bd
-- target fingerprint: 28d4448187b1f5e8
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.page_views_lookup_idx;

COMMIT;

CREATE INDEX CONCURRENTLY page_views_lookup_idx ON public.page_views USING btree (site_id, path, viewed_at);
