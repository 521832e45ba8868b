-- schemadiff plan
-- source fingerprint: 9150d4e7f67fb6ad
-- target fingerprint: dee8958d701fffbe
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.children DROP CONSTRAINT children_parent_id_fkey;

ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents(id) DEFERRABLE INITIALLY DEFERRED NOT VALID;

COMMIT;

ALTER TABLE public.children VALIDATE CONSTRAINT children_parent_id_fkey;
