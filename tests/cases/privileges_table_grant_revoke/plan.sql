-- schemadiff plan
-- source fingerprint: 86a73b7860c15780
-- target fingerprint: b5f91992f68d1fe9
-- 5 statements; hazards: none

BEGIN;

REVOKE SELECT ON TABLE app.orders FROM sd_reader;

REVOKE SELECT ON TABLE app.order_totals FROM sd_writer;

REVOKE TRUNCATE ON TABLE app.orders FROM sd_admin;

REVOKE UPDATE ON TABLE app.orders FROM sd_writer;

GRANT DELETE, TRUNCATE ON TABLE app.orders TO sd_writer;

COMMIT;
