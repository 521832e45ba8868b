-- schemadiff plan
-- source fingerprint: ea306b6b627533e4
-- target fingerprint: 2d249a25b9e4ade0
-- 3 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.words ALTER COLUMN code TYPE character varying(20);

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN sort_key TYPE text COLLATE pg_catalog."C";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN word TYPE text COLLATE pg_catalog."C";

COMMIT;
