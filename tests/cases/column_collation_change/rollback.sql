-- schemadiff rollback
-- source fingerprint: c2c3522ed388d701
-- target fingerprint: b292dfa8700c1887
-- 3 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.words ALTER COLUMN code TYPE character varying(20) COLLATE pg_catalog."C";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN sort_key TYPE text COLLATE pg_catalog."POSIX";

-- hazard: rewrite
ALTER TABLE public.words ALTER COLUMN word TYPE text;

COMMIT;
