-- schemadiff rollback
-- source fingerprint: 2d249a25b9e4ade0
-- target fingerprint: ea306b6b627533e4
-- 3 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.words ALTER COLUMN code TYPE character varying(20) COLLATE pg_catalog."C";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN sort_key TYPE text COLLATE pg_catalog."POSIX";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN word TYPE text;

COMMIT;
