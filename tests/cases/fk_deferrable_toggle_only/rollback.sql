-- schemadiff rollback
-- source fingerprint: dee8958d701fffbe
-- target fingerprint: 9150d4e7f67fb6ad
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.children DROP CONSTRAINT children_parent_id_fkey;

ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents(id) NOT VALID;

COMMIT;

ALTER TABLE public.children VALIDATE CONSTRAINT children_parent_id_fkey;
