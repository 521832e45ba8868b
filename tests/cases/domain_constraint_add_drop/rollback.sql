-- schemadiff rollback
-- source fingerprint: 7b2f6d000a25616b
-- target fingerprint: 16d3db4ba8a32372
-- 2 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN inv.sku DROP CONSTRAINT sku_format;

-- hazard: long-lock
ALTER DOMAIN inv.sku ADD CONSTRAINT sku_lower CHECK ((VALUE = lower(VALUE)));

COMMIT;
