-- schemadiff plan
-- source fingerprint: a81ebef8e824cea9
-- target fingerprint: 68b4513d00ba6319
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.shapes ADD CONSTRAINT shapes_area_nonneg CHECK (area >= 0) NOT VALID;

ALTER TABLE public.shapes ADD CONSTRAINT shapes_only_generic CHECK (kind = 'shape') NO INHERIT NOT VALID;

ALTER TABLE public.squares ADD CONSTRAINT squares_side_positive CHECK (side > 0) NOT VALID;

COMMIT;

ALTER TABLE public.shapes VALIDATE CONSTRAINT shapes_area_nonneg;

ALTER TABLE public.shapes VALIDATE CONSTRAINT shapes_only_generic;

ALTER TABLE public.squares VALIDATE CONSTRAINT squares_side_positive;
