-- schemadiff rollback
-- source fingerprint: 133e19306525c2ce
-- target fingerprint: 235031a187dc2990
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.measurements ALTER COLUMN fahrenheit DROP EXPRESSION;

ALTER TABLE public.measurements ADD CONSTRAINT schemadiff_nn_c89117b00b393a81 CHECK (fahrenheit IS NOT NULL) NOT VALID;

COMMIT;

ALTER TABLE public.measurements VALIDATE CONSTRAINT schemadiff_nn_c89117b00b393a81;

ALTER TABLE public.measurements ALTER COLUMN fahrenheit SET NOT NULL;

ALTER TABLE public.measurements DROP CONSTRAINT schemadiff_nn_c89117b00b393a81;
