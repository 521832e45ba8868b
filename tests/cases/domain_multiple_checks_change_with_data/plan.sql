-- schemadiff plan
-- source fingerprint: b965704734088091
-- target fingerprint: c5585c1877e2c2c7
-- 6 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.email DROP CONSTRAINT email_has_at;

ALTER DOMAIN public.email DROP CONSTRAINT email_short;

-- hazard: long-lock
ALTER DOMAIN public.email SET NOT NULL;

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_has_at CHECK ((VALUE ~~ '%_@_%'::text));

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_lower CHECK ((VALUE = lower(VALUE)));

-- hazard: long-lock
ALTER DOMAIN public.email ADD CONSTRAINT email_short CHECK ((length(VALUE) < 255));

COMMIT;
