-- schemadiff rollback
-- source fingerprint: 9570b0aad0854114
-- target fingerprint: 3522602f477321e7
-- 1 statement; hazards: none

BEGIN;

ALTER TYPE hr.postal_address ADD ATTRIBUTE fax_number text;

COMMIT;
