-- schemadiff rollback
-- source fingerprint: bf2b6cbaa5a7b0bd
-- target fingerprint: 6ce68ed1c45e76ef
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW events_archive.old_log;

-- hazard: data-loss,irreversible
DROP TABLE events_archive.log_2022;

-- hazard: rewrite
ALTER TABLE events.log ALTER COLUMN payload TYPE character varying(100);

COMMIT;
