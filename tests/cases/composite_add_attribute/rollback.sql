-- schemadiff rollback
-- source fingerprint: 8228676e145f06ec
-- target fingerprint: 7c26b5f9d8afc82d
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TYPE hr.postal_address DROP ATTRIBUTE postcode;

-- hazard: data-loss,irreversible
ALTER TYPE hr.postal_address DROP ATTRIBUTE country;

COMMIT;
