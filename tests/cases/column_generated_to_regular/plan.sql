-- schemadiff plan
-- source fingerprint: 4d74aadd9a4dfdb5
-- target fingerprint: 43439e5b2e829a3b
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.people ALTER COLUMN age_in_2030 DROP EXPRESSION;

COMMIT;
