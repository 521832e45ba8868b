-- schemadiff rollback
-- source fingerprint: 08a86dca900fe884
-- target fingerprint: 8c21d020d74e8f7e
-- 6 statements; hazards: none

BEGIN;

COMMENT ON INDEX public.p_sku_new IS NULL;

DROP INDEX public.p_n_new;

ALTER INDEX public.p_sku_new RENAME TO p_sku_old;

COMMENT ON INDEX public.p_sku_old IS 'sku';

COMMIT;

CREATE INDEX CONCURRENTLY p_n_old ON public.p USING btree (n);

ALTER TABLE public.p CLUSTER ON p_n_old;
