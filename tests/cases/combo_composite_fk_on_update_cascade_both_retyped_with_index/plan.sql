-- schemadiff plan
-- source fingerprint: 7d6ae035dc462dee
-- target fingerprint: 368d53377965ab0a
-- 10 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.slot_labels;

ALTER TABLE public.slots DROP CONSTRAINT slots_aisle_shelf_code_fkey;

-- hazard: rewrite
ALTER TABLE public.shelves ALTER COLUMN aisle TYPE integer USING aisle::integer;

ALTER TABLE public.shelves ALTER COLUMN code TYPE character varying(10);

-- hazard: rewrite
ALTER TABLE public.slots ALTER COLUMN aisle TYPE integer USING aisle::integer;

ALTER TABLE public.slots ALTER COLUMN shelf_code TYPE character varying(10);

ALTER TABLE public.slots ADD CONSTRAINT slots_aisle_shelf_code_fkey FOREIGN KEY (aisle, shelf_code) REFERENCES public.shelves(aisle, code) ON UPDATE CASCADE ON DELETE CASCADE NOT VALID;

CREATE VIEW public.slot_labels AS
SELECT s.id, h.label FROM slots s JOIN shelves h ON h.aisle = s.aisle AND h.code = s.shelf_code;

COMMIT;

ALTER TABLE public.slots VALIDATE CONSTRAINT slots_aisle_shelf_code_fkey;

CREATE INDEX CONCURRENTLY slots_shelf_idx ON public.slots USING btree (aisle, shelf_code);
