-- schemadiff plan
-- source fingerprint: c754c0c86ccfce28
-- target fingerprint: 10eb05a6459969be
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.people ALTER COLUMN age_in_2030 DROP EXPRESSION;

COMMIT;
