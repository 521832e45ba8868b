-- schemadiff rollback
-- source fingerprint: 02a3687c6c425ef5
-- target fingerprint: a12552ef959c1eea
-- 2 statements; hazards: none

BEGIN;

ALTER DOMAIN public.country_code DROP CONSTRAINT country_code_format;

ALTER DOMAIN public.country_code DROP NOT NULL;

COMMIT;
