-- schemadiff rollback
-- source fingerprint: fee7f4b13ce73294
-- target fingerprint: 63ce1ea36e4dfe19
-- 2 statements; hazards: long-lock

BEGIN;

DROP INDEX public.page_views_lookup_idx;

-- hazard: long-lock
CREATE INDEX page_views_lookup_idx ON public.page_views USING btree (site_id, viewed_at, path);

COMMIT;
