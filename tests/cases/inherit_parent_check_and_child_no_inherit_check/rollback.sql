-- schemadiff rollback
-- source fingerprint: 68b4513d00ba6319
-- target fingerprint: a81ebef8e824cea9
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.shapes DROP CONSTRAINT shapes_area_nonneg;

ALTER TABLE public.shapes DROP CONSTRAINT shapes_only_generic;

ALTER TABLE public.squares DROP CONSTRAINT squares_side_positive;

COMMIT;
