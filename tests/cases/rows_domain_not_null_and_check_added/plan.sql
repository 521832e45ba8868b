-- schemadiff plan
-- source fingerprint: a12552ef959c1eea
-- target fingerprint: 02a3687c6c425ef5
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER DOMAIN public.country_code SET NOT NULL;

-- hazard: long-lock
ALTER DOMAIN public.country_code ADD CONSTRAINT country_code_format CHECK ((VALUE ~ '^[A-Z]{2}$'::text));

COMMIT;
