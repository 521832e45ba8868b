-- schemadiff rollback
-- source fingerprint: c5585c1877e2c2c7
-- target fingerprint: b965704734088091
-- 6 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.email DROP CONSTRAINT email_has_at;

ALTER DOMAIN public.email DROP CONSTRAINT email_lower;

ALTER DOMAIN public.email DROP CONSTRAINT email_short;

ALTER DOMAIN public.email DROP NOT NULL;

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_has_at CHECK ((VALUE ~~ '%@%'::text));

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_short CHECK ((length(VALUE) < 100));

COMMIT;
