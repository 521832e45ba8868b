-- schemadiff rollback
-- source fingerprint: 172348bc10686d25
-- target fingerprint: bdfa52e88e5fa63e
-- 4 statements; hazards: none

BEGIN;

COMMENT ON DOMAIN public.pct IS NULL;

ALTER DOMAIN public.pct DROP CONSTRAINT pct_range;

ALTER DOMAIN public.pct DROP DEFAULT;

ALTER DOMAIN public.pct DROP NOT NULL;

COMMIT;
