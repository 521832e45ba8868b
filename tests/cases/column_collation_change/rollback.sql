-- schemadiff rollback
-- source fingerprint: 5c6b93871886242d
-- target fingerprint: 7217dc0c13bae447
-- 3 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.words ALTER COLUMN code TYPE character varying(20) COLLATE pg_catalog."C";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN sort_key TYPE text COLLATE pg_catalog."POSIX";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN word TYPE text;

COMMIT;
