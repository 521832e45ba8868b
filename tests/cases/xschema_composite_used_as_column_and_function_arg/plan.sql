-- schemadiff plan
-- source fingerprint: 7758e799497ebce6
-- target fingerprint: 6a2eeec7f7f25cbf
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE geo.address ADD ATTRIBUTE "Postal Code" character varying(12);

COMMENT ON COLUMN geo.address."Postal Code" IS 'zip';

COMMIT;
