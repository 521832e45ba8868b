-- schemadiff plan
-- source fingerprint: 0ed2c51e80d8eda8
-- target fingerprint: d6184a2f2a1b9414
-- 3 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN public.iso_country DROP CONSTRAINT iso_country_upper;

-- hazard: long-lock
ALTER DOMAIN public.iso_country ADD CONSTRAINT iso_country_upper CHECK (((VALUE ~ '^[A-Z]{2}$'::text) AND (VALUE <> 'XX'::bpchar)));

COMMENT ON CONSTRAINT iso_country_upper ON DOMAIN public.iso_country IS 'two upper-case letters';

COMMIT;
