-- schemadiff plan
-- source fingerprint: 4552c014aebde964
-- target fingerprint: ec9710c3fe4c1642
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.people ALTER COLUMN age_in_2030 DROP EXPRESSION;

COMMIT;
