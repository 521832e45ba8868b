-- schemadiff rollback
-- source fingerprint: 5ef0a93f5336e797
-- target fingerprint: 8ae38b10c1116ff4
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE public.geo_point DROP ATTRIBUTE alt_m;

COMMIT;
