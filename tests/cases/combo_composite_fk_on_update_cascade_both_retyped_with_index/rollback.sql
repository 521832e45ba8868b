-- schemadiff rollback
-- source fingerprint: 368d53377965ab0a
-- target fingerprint: 7d6ae035dc462dee
-- 10 statements; hazards: rewrite

BEGIN;

DROP VIEW public.slot_labels;

DROP INDEX public.slots_shelf_idx;

ALTER TABLE public.slots DROP CONSTRAINT slots_aisle_shelf_code_fkey;

-- hazard: rewrite
ALTER TABLE public.shelves ALTER COLUMN aisle TYPE smallint USING aisle::smallint;

-- hazard: rewrite
ALTER TABLE public.shelves ALTER COLUMN code TYPE character varying(4);

-- hazard: rewrite
ALTER TABLE public.slots ALTER COLUMN aisle TYPE smallint USING aisle::smallint;

-- hazard: rewrite
ALTER TABLE public.slots ALTER COLUMN shelf_code TYPE character varying(4);

ALTER TABLE public.slots ADD CONSTRAINT slots_aisle_shelf_code_fkey FOREIGN KEY (aisle, shelf_code) REFERENCES public.shelves(aisle, code) ON UPDATE CASCADE ON DELETE RESTRICT NOT VALID;

CREATE VIEW public.slot_labels AS
 SELECT s.id,
    h.label
   FROM (public.slots s
     JOIN public.shelves h ON (((h.aisle = s.aisle) AND ((h.code)::text = (s.shelf_code)::text))));

COMMIT;

ALTER TABLE public.slots VALIDATE CONSTRAINT slots_aisle_shelf_code_fkey;
