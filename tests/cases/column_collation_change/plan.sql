-- schemadiff plan
-- source fingerprint: b292dfa8700c1887
-- target fingerprint: c2c3522ed388d701
-- 3 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.words ALTER COLUMN code TYPE character varying(20);

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN sort_key TYPE text COLLATE pg_catalog."C";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN word TYPE text COLLATE pg_catalog."C";

COMMIT;
