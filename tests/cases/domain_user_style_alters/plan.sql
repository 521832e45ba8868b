-- schemadiff plan
-- source fingerprint: bdfa52e88e5fa63e
-- target fingerprint: 172348bc10686d25
-- 4 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.pct SET DEFAULT 0;

-- hazard: long-lock
ALTER DOMAIN public.pct SET NOT NULL;

-- hazard: long-lock
ALTER DOMAIN public.pct ADD CONSTRAINT pct_range CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric)));

COMMENT ON DOMAIN public.pct IS 'percent';

COMMIT;
