-- schemadiff rollback
-- source fingerprint: f965662c14139c4b
-- target fingerprint: 2fdb30c50afecb4c
-- 5 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.sku_codes;

-- hazard: data-loss,irreversible
ALTER TABLE public.skus DROP COLUMN code;

-- hazard: rewrite
ALTER TABLE public.skus ALTER COLUMN prefix TYPE character varying(4);

-- hazard: rewrite
ALTER TABLE public.skus ADD COLUMN code text GENERATED ALWAYS AS ((((prefix)::text || '-'::text) || num)) STORED;

CREATE VIEW public.sku_codes AS
 SELECT skus.id,
    skus.code
   FROM public.skus;

COMMIT;
