-- schemadiff plan
-- source fingerprint: 8c21d020d74e8f7e
-- target fingerprint: 08a86dca900fe884
-- 6 statements; hazards: none

BEGIN;

COMMENT ON INDEX public.p_sku_old IS NULL;

DROP INDEX public.p_n_old;

ALTER INDEX public.p_sku_old RENAME TO p_sku_new;

COMMENT ON INDEX public.p_sku_new IS 'sku';

COMMIT;

CREATE INDEX CONCURRENTLY p_n_new ON public.p USING btree (n, id);

ALTER TABLE public.p CLUSTER ON p_n_new;
