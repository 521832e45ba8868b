-- schemadiff plan
-- source fingerprint: 407817b2118e7291
-- target fingerprint: 483acaf767a58dc8
-- 4 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.sku DROP CONSTRAINT sku_format;

-- hazard: long-lock
ALTER DOMAIN public.sku ADD CONSTRAINT sku_pattern CHECK ((VALUE ~ '^[A-Z]{3}-[0-9]+$'::text));

ALTER DOMAIN public.sku ADD CONSTRAINT sku_short CHECK ((length(VALUE) <= 12)) NOT VALID;

COMMENT ON CONSTRAINT sku_pattern ON DOMAIN public.sku IS 'three letters, dash, digits';

COMMIT;
