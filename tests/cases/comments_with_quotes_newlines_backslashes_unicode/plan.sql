-- schemadiff plan
-- source fingerprint: 5d1e7d6dea870c58
-- target fingerprint: 0035d6f58d2aa4fb
-- 5 statements; hazards: none

BEGIN;

COMMENT ON SCHEMA app IS 'application schema
owned by team "core"';

COMMENT ON COLUMN app.items.label IS E'line one
line two	tabbed\\backslash';

COMMENT ON TABLE app.items IS E'It''s the "items" table; see C:\\path\\to\\docs';

COMMENT ON DOMAIN app.label IS 'dollar ''quoted'' $ comment;';

COMMENT ON TYPE app.mood IS 'Stimmung – ünïcödé ✓ 日本語';

COMMIT;
