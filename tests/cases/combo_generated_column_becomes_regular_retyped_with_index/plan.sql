-- schemadiff plan
-- source fingerprint: dba126b4dc547aa7
-- target fingerprint: 0d691cccdbf0bb7f
-- 9 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.heavy;

DROP INDEX public.shipments_kg_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.shipments DROP COLUMN weight_kg;

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN weight_g TYPE bigint USING weight_g::bigint;

ALTER TABLE public.shipments ADD COLUMN weight_kg numeric(10,3);

ALTER TABLE public.shipments ADD CONSTRAINT shipments_kg_check CHECK (weight_kg IS NULL OR weight_kg >= 0) NOT VALID;

CREATE VIEW public.heavy AS
SELECT id, weight_kg FROM shipments WHERE weight_kg > 10;

COMMIT;

ALTER TABLE public.shipments VALIDATE CONSTRAINT shipments_kg_check;

CREATE INDEX CONCURRENTLY shipments_kg_idx ON public.shipments USING btree (weight_kg);
