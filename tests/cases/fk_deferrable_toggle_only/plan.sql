-- schemadiff plan
-- source fingerprint: 9150d4e7f67fb6ad
-- target fingerprint: dee8958d701fffbe
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.children ALTER CONSTRAINT children_parent_id_fkey DEFERRABLE INITIALLY DEFERRED;

COMMIT;
