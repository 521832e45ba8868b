-- schemadiff rollback
-- source fingerprint: 28d4448187b1f5e8
-- target fingerprint: c52788362589a0bd
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.page_views_lookup_idx;

COMMIT;

CREATE INDEX CONCURRENTLY page_views_lookup_idx ON public.page_views USING btree (site_id, viewed_at, path);
