-- schemadiff plan
-- source fingerprint: 4935f45118137d68
-- target fingerprint: 2aa6959b75863b05
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.people ALTER COLUMN age_in_2030 DROP EXPRESSION;

COMMIT;
