-- schemadiff plan
-- source fingerprint: 502fc7cb392b9713
-- target fingerprint: fdb2f34ce4e3b899
-- 8 statements; hazards: none

BEGIN;

ALTER TYPE audit.level ADD VALUE 'error' AFTER 'warn';

DROP INDEX audit.events_created_at_idx;

ALTER TABLE audit.events ADD COLUMN actor text;

ALTER TABLE audit.events ADD COLUMN app_event_id bigint;

ALTER TABLE audit.events ADD CONSTRAINT events_app_event_id_fkey FOREIGN KEY (app_event_id) REFERENCES app.events(id) NOT VALID;

COMMIT;

ALTER TABLE audit.events VALIDATE CONSTRAINT events_app_event_id_fkey;

CREATE INDEX CONCURRENTLY events_app_event_id_idx ON audit.events USING btree (app_event_id);

CREATE INDEX CONCURRENTLY events_created_at_idx ON audit.events USING btree (created_at DESC) INCLUDE (actor);
