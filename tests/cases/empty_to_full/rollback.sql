-- schemadiff rollback
-- source fingerprint: febb43d26948721d
-- target fingerprint: 95caefd48279bb5f
-- 10 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE crm.contacts DROP CONSTRAINT contacts_company_id_fkey;

ALTER TABLE crm.leads DROP CONSTRAINT leads_contact_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE crm.companies;

-- hazard: data-loss,irreversible
DROP TABLE crm.contacts;

-- hazard: data-loss,irreversible
DROP TABLE crm.import_buffer;

-- hazard: data-loss,irreversible
DROP TABLE crm.leads;

DROP TYPE crm.lead_source;

DROP EXTENSION btree_gist;

DROP EXTENSION citext;

DROP SCHEMA crm;

COMMIT;
