-- schemadiff rollback
-- source fingerprint: 0035d6f58d2aa4fb
-- target fingerprint: 5d1e7d6dea870c58
-- 5 statements; hazards: none

BEGIN;

COMMENT ON DOMAIN app.label IS NULL;

COMMENT ON TYPE app.mood IS NULL;

COMMENT ON SCHEMA app IS 'application schema';

COMMENT ON COLUMN app.items.label IS 'plain';

COMMENT ON TABLE app.items IS 'simple';

COMMIT;
