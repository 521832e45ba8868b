-- schemadiff plan
-- source fingerprint: bf7b881e1c090d5f
-- target fingerprint: 3ac60a4519ccd0c8
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.vehicles ADD CONSTRAINT vehicles_is_abstract CHECK (false) NO INHERIT NOT VALID;

ALTER TABLE public.vehicles ADD CONSTRAINT vehicles_wheels_positive CHECK (wheels > 0) NOT VALID;

COMMIT;

ALTER TABLE public.vehicles VALIDATE CONSTRAINT vehicles_is_abstract;

ALTER TABLE public.vehicles VALIDATE CONSTRAINT vehicles_wheels_positive;
