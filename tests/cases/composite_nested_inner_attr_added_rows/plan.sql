-- schemadiff plan
-- source fingerprint: 8ae38b10c1116ff4
-- target fingerprint: 5ef0a93f5336e797
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.geo_point ADD ATTRIBUTE alt_m real;

COMMIT;
