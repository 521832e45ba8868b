-- schemadiff plan
-- source fingerprint: 3dfcd4cfeb6ba6ba
-- target fingerprint: d7a77ee9504d4e83
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.currencies ALTER COLUMN code TYPE text USING code::text;

ALTER TABLE public.prices ALTER COLUMN currency DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN currency TYPE text USING currency::text;

ALTER TABLE public.prices ALTER COLUMN currency SET DEFAULT 'EUR'::text;

COMMIT;
