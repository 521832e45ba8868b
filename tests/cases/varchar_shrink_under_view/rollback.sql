-- schemadiff rollback
-- source fingerprint: f299b962835b85f1
-- target fingerprint: 153d118535b39745
-- 5 statements; hazards: rewrite

BEGIN;

DROP VIEW public.product_codes;

ALTER TABLE public.products ALTER COLUMN code TYPE character varying(64);

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN summary TYPE character varying(500);

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN title TYPE character varying(100);

CREATE VIEW public.product_codes AS
 SELECT products.id,
    products.code,
    upper((products.code)::text) AS code_uc
   FROM public.products;

COMMIT;
