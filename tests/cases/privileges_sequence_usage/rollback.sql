-- schemadiff rollback
-- source fingerprint: f6b422794eae42d2
-- target fingerprint: b656ff1259fa0f3c
-- 4 statements; hazards: none

BEGIN;

REVOKE USAGE ON SEQUENCE app.tickets_id_seq FROM sd_writer;

REVOKE UPDATE ON SEQUENCE app.ticket_number_seq FROM sd_admin;

REVOKE SELECT ON SEQUENCE app.ticket_number_seq FROM sd_writer;

GRANT SELECT ON SEQUENCE app.ticket_number_seq TO sd_reader;

COMMIT;
