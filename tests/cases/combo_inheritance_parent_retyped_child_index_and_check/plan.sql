-- schemadiff plan
-- source fingerprint: 664fd33d269d940f
-- target fingerprint: f032e5e501701fb4
-- 12 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.all_plates;

DROP INDEX public.trucks_weight_idx;

ALTER TABLE public.trucks DROP CONSTRAINT trucks_weight_check;

ALTER TABLE public.vehicles ALTER COLUMN plate TYPE character varying(12);

-- hazard: rewrite
ALTER TABLE public.vehicles ALTER COLUMN weight_kg TYPE numeric(9,1) USING weight_kg::numeric(9,1);

ALTER TABLE public.trucks ADD CONSTRAINT trucks_weight_check CHECK (weight_kg > 3500) NOT VALID;

ALTER TABLE public.vehicles ADD CONSTRAINT vehicles_weight_check CHECK (weight_kg > 0) NOT VALID;

CREATE VIEW public.all_plates AS
SELECT plate FROM vehicles;

COMMIT;

ALTER TABLE public.trucks VALIDATE CONSTRAINT trucks_weight_check;

ALTER TABLE public.vehicles VALIDATE CONSTRAINT vehicles_weight_check;

CREATE INDEX CONCURRENTLY trucks_weight_idx ON public.trucks USING btree (weight_kg, axles);

CREATE INDEX CONCURRENTLY vehicles_plate_idx ON public.vehicles USING btree (plate);
