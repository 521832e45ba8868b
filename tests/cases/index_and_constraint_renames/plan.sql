-- schemadiff plan
-- source fingerprint: 8ff924ae555259aa
-- target fingerprint: 937c3cee5c3098cc
-- 10 statements; hazards: none

BEGIN;

COMMENT ON INDEX public.idx_stores_opened IS NULL;

DROP INDEX public.stores_region_code_idx;

ALTER TABLE public.regions RENAME CONSTRAINT pk_regions TO regions_pkey;

ALTER TABLE public.regions RENAME CONSTRAINT uq_regions_code TO regions_code_key;

ALTER TABLE public.regions RENAME CONSTRAINT ck_name TO regions_name_check;

ALTER TABLE public.stores RENAME CONSTRAINT fk_store_region TO stores_region_code_fkey;

ALTER INDEX public.idx_stores_opened RENAME TO stores_opened_idx;

COMMENT ON INDEX public.stores_opened_idx IS 'newest first';

COMMIT;

CREATE INDEX CONCURRENTLY stores_region_code_idx ON public.stores USING btree (region_code, opened);

CREATE INDEX CONCURRENTLY stores_region_idx ON public.stores USING btree (region_code);
