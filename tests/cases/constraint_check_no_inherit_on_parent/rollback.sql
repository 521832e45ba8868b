-- schemadiff rollback
-- source fingerprint: 3ac60a4519ccd0c8
-- target fingerprint: bf7b881e1c090d5f
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.vehicles DROP CONSTRAINT vehicles_is_abstract;

ALTER TABLE public.vehicles DROP CONSTRAINT vehicles_wheels_positive;

COMMIT;
