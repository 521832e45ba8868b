-- schemadiff plan
-- source fingerprint: b656ff1259fa0f3c
-- target fingerprint: f6b422794eae42d2
-- 4 statements; hazards: none

BEGIN;

REVOKE SELECT ON SEQUENCE app.ticket_number_seq FROM sd_reader;

GRANT SELECT ON SEQUENCE app.ticket_number_seq TO sd_writer;

GRANT USAGE ON SEQUENCE app.tickets_id_seq TO sd_writer;

GRANT UPDATE ON SEQUENCE app.ticket_number_seq TO sd_admin;

COMMIT;
