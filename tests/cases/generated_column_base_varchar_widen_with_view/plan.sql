-- schemadiff plan
-- source fingerprint: 2fdb30c50afecb4c
-- target fingerprint: f965662c14139c4b
-- 5 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.sku_codes;

-- hazard: data-loss,irreversible
ALTER TABLE public.skus DROP COLUMN code;

ALTER TABLE public.skus ALTER COLUMN prefix TYPE character varying(8);

-- hazard: rewrite
ALTER TABLE public.skus ADD COLUMN code text GENERATED ALWAYS AS ((((prefix)::text || '-'::text) || num)) STORED;

CREATE VIEW public.sku_codes AS
SELECT id, code FROM skus;

COMMIT;
