-- schemadiff rollback
-- source fingerprint: 483acaf767a58dc8
-- target fingerprint: 407817b2118e7291
-- 3 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.sku DROP CONSTRAINT sku_pattern;

ALTER DOMAIN public.sku DROP CONSTRAINT sku_short;

-- hazard: long-lock
ALTER DOMAIN public.sku ADD CONSTRAINT sku_format CHECK ((VALUE ~ '^[A-Z]{3}-[0-9]+$'::text));

COMMIT;
