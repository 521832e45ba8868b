-- schemadiff plan
-- source fingerprint: 536a39dd47996405
-- target fingerprint: 88519570c789aafb
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.people ALTER COLUMN age_in_2030 DROP EXPRESSION;

COMMIT;
