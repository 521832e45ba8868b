-- schemadiff plan
-- source fingerprint: 0134ab03d713e148
-- target fingerprint: b6c89ddfa60604ce
-- 3 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.words ALTER COLUMN code TYPE character varying(20);

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN sort_key TYPE text COLLATE pg_catalog."C";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN word TYPE text COLLATE pg_catalog."C";

COMMIT;
