-- schemadiff rollback
-- source fingerprint: 6a2eeec7f7f25cbf
-- target fingerprint: 7758e799497ebce6
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TYPE geo.address DROP ATTRIBUTE "Postal Code";

COMMIT;
