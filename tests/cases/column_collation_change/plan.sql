-- schemadiff plan
-- source fingerprint: 7217dc0c13bae447
-- target fingerprint: 5c6b93871886242d
-- 3 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.words ALTER COLUMN code TYPE character varying(20);

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN sort_key TYPE text COLLATE pg_catalog."C";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN word TYPE text COLLATE pg_catalog."C";

COMMIT;
