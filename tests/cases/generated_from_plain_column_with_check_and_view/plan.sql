-- schemadiff plan
-- source fingerprint: 235031a187dc2990
-- target fingerprint: 133e19306525c2ce
-- 7 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.hot;

ALTER TABLE public.measurements DROP CONSTRAINT fahrenheit_sane;

-- hazard: data-loss,irreversible
ALTER TABLE public.measurements DROP COLUMN fahrenheit;

-- hazard: rewrite
ALTER TABLE public.measurements ADD COLUMN fahrenheit numeric GENERATED ALWAYS AS ((((celsius * (9)::numeric) / (5)::numeric) + (32)::numeric)) STORED;

ALTER TABLE public.measurements ADD CONSTRAINT fahrenheit_sane CHECK (fahrenheit > -500) NOT VALID;

CREATE VIEW public.hot AS
SELECT id, fahrenheit FROM measurements WHERE fahrenheit > 90;

COMMIT;

ALTER TABLE public.measurements VALIDATE CONSTRAINT fahrenheit_sane;
