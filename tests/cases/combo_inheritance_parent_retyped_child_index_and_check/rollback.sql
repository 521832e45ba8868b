-- schemadiff rollback
-- source fingerprint: f032e5e501701fb4
-- target fingerprint: 664fd33d269d940f
-- 11 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.all_plates;

DROP INDEX public.trucks_weight_idx;

DROP INDEX public.vehicles_plate_idx;

ALTER TABLE public.trucks DROP CONSTRAINT trucks_weight_check;

ALTER TABLE public.vehicles DROP CONSTRAINT vehicles_weight_check;

-- hazard: rewrite
ALTER TABLE public.vehicles ALTER COLUMN plate TYPE character varying(8);

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.vehicles ALTER COLUMN weight_kg TYPE integer USING weight_kg::integer;

ALTER TABLE public.trucks ADD CONSTRAINT trucks_weight_check CHECK ((weight_kg > 3500)) NOT VALID;

CREATE VIEW public.all_plates AS
 SELECT vehicles.plate
   FROM public.vehicles;

COMMIT;

ALTER TABLE public.trucks VALIDATE CONSTRAINT trucks_weight_check;

CREATE INDEX CONCURRENTLY trucks_weight_idx ON public.trucks USING btree (weight_kg);
