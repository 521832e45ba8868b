-- schemadiff rollback
-- source fingerprint: 937c3cee5c3098cc
-- target fingerprint: 8ff924ae555259aa
-- 10 statements; hazards: none

BEGIN;

COMMENT ON INDEX public.stores_opened_idx IS NULL;

DROP INDEX public.stores_region_code_idx;

DROP INDEX public.stores_region_idx;

ALTER TABLE public.regions RENAME CONSTRAINT regions_pkey TO pk_regions;

ALTER TABLE public.regions RENAME CONSTRAINT regions_code_key TO uq_regions_code;

ALTER TABLE public.regions RENAME CONSTRAINT regions_name_check TO ck_name;

ALTER TABLE public.stores RENAME CONSTRAINT stores_region_code_fkey TO fk_store_region;

ALTER INDEX public.stores_opened_idx RENAME TO idx_stores_opened;

COMMENT ON INDEX public.idx_stores_opened IS 'newest first';

COMMIT;

CREATE INDEX CONCURRENTLY stores_region_code_idx ON public.stores USING btree (region_code);
