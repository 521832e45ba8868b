-- schemadiff rollback
-- source fingerprint: 0d691cccdbf0bb7f
-- target fingerprint: dba126b4dc547aa7
-- 8 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.heavy;

DROP INDEX public.shipments_kg_idx;

ALTER TABLE public.shipments DROP CONSTRAINT shipments_kg_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.shipments DROP COLUMN weight_kg;

-- hazard: rewrite
ALTER TABLE public.shipments ALTER COLUMN weight_g TYPE integer USING weight_g::integer;

-- hazard: rewrite
ALTER TABLE public.shipments ADD COLUMN weight_kg numeric GENERATED ALWAYS AS (((weight_g)::numeric / 1000.0)) STORED;

CREATE VIEW public.heavy AS
 SELECT shipments.id,
    shipments.weight_kg
   FROM public.shipments
  WHERE (shipments.weight_kg > (10)::numeric);

COMMIT;

CREATE INDEX CONCURRENTLY shipments_kg_idx ON public.shipments USING btree (weight_kg);
