-- schemadiff plan
-- source fingerprint: 16d3db4ba8a32372
-- target fingerprint: 7b2f6d000a25616b
-- 2 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN inv.sku DROP CONSTRAINT sku_lower;

-- hazard: long-lock
ALTER DOMAIN inv.sku ADD CONSTRAINT sku_format CHECK ((VALUE ~ '^[a-z]{2}-[0-9]{3}$'::text));

COMMIT;
