-- schemadiff rollback
-- source fingerprint: 717abd528f9ee070
-- target fingerprint: 0ced5d0be8600e46
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE crm.contacts DROP COLUMN email;

-- hazard: data-loss,irreversible
DROP TABLE crm.mailing_list;

DROP DOMAIN crm.email_address;

COMMIT;
