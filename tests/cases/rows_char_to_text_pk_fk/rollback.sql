-- schemadiff rollback
-- source fingerprint: d7a77ee9504d4e83
-- target fingerprint: 3dfcd4cfeb6ba6ba
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.currencies ALTER COLUMN code TYPE character(5);

ALTER TABLE public.prices ALTER COLUMN currency DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN currency TYPE character(5);

ALTER TABLE public.prices ALTER COLUMN currency SET DEFAULT 'EUR'::bpchar;

COMMIT;
