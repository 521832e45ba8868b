-- schemadiff plan
-- source fingerprint: d56a6ae089e1e5e2
-- target fingerprint: 07df12a9706541e5
-- 3 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.words ALTER COLUMN code TYPE character varying(20);

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN sort_key TYPE text COLLATE pg_catalog."C";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN word TYPE text COLLATE pg_catalog."C";

COMMIT;
