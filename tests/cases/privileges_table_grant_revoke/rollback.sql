-- schemadiff rollback
-- source fingerprint: b5f91992f68d1fe9
-- target fingerprint: 86a73b7860c15780
-- 5 statements; hazards: none

BEGIN;

GRANT TRUNCATE ON TABLE app.orders TO sd_admin;

REVOKE DELETE, TRUNCATE ON TABLE app.orders FROM sd_writer;

GRANT UPDATE ON TABLE app.orders TO sd_writer;

GRANT SELECT ON TABLE app.orders TO sd_reader;

GRANT SELECT ON TABLE app.order_totals TO sd_writer;

COMMIT;
