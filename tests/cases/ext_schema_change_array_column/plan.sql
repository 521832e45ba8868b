-- schemadiff plan
-- source fingerprint: f23076bdc2a317b0
-- target fingerprint: 301d3f758700a6af
-- 3 statements; hazards: rewrite

BEGIN;

CREATE SCHEMA ext;

ALTER EXTENSION citext SET SCHEMA ext;

-- hazard: rewrite
ALTER TABLE public.people ALTER COLUMN aliases TYPE ext.citext[] USING aliases::ext.citext[];

COMMIT;
