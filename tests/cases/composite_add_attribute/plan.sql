-- schemadiff plan
-- source fingerprint: 7c26b5f9d8afc82d
-- target fingerprint: 8228676e145f06ec
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE hr.postal_address ADD ATTRIBUTE postcode character varying(10);

ALTER TYPE hr.postal_address ADD ATTRIBUTE country character(2);

COMMIT;
