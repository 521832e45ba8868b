-- schemadiff rollback
-- source fingerprint: 301d3f758700a6af
-- target fingerprint: f23076bdc2a317b0
-- 3 statements; hazards: rewrite

BEGIN;

ALTER EXTENSION citext SET SCHEMA public;

DROP SCHEMA ext;

-- hazard: rewrite
ALTER TABLE public.people ALTER COLUMN aliases TYPE public.citext[] USING aliases::public.citext[];

COMMIT;
