-- schemadiff plan
-- source fingerprint: 153d118535b39745
-- target fingerprint: f299b962835b85f1
-- 5 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.product_codes;

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN code TYPE character varying(16);

ALTER TABLE public.products ALTER COLUMN summary TYPE text USING summary::text;

ALTER TABLE public.products ALTER COLUMN title TYPE character varying(200);

CREATE VIEW public.product_codes AS
SELECT id, code, upper(code) AS code_uc FROM products;

COMMIT;
