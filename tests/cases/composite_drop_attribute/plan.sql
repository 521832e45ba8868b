-- schemadiff plan
-- source fingerprint: 3522602f477321e7
-- target fingerprint: 9570b0aad0854114
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TYPE hr.postal_address DROP ATTRIBUTE fax_number;

COMMIT;
