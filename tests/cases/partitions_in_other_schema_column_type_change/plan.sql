-- schemadiff plan
-- source fingerprint: 6ce68ed1c45e76ef
-- target fingerprint: bf2b6cbaa5a7b0bd
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE events.log ALTER COLUMN payload TYPE text USING payload::text;

CREATE TABLE events_archive.log_2022 PARTITION OF events.log FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

CREATE VIEW events_archive.old_log AS
 SELECT log_2023.id,
    log_2023.at,
    log_2023.payload
   FROM events_archive.log_2023;

COMMIT;
