-- schemadiff rollback
-- source fingerprint: dee8958d701fffbe
-- target fingerprint: 9150d4e7f67fb6ad
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.children ALTER CONSTRAINT children_parent_id_fkey NOT DEFERRABLE;

COMMIT;
