-- schemadiff rollback
-- source fingerprint: fdb2f34ce4e3b899
-- target fingerprint: 502fc7cb392b9713
-- 10 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX audit.events_app_event_id_idx;

DROP INDEX audit.events_created_at_idx;

ALTER TABLE audit.events DROP CONSTRAINT events_app_event_id_fkey;

-- hazard: data-loss,irreversible
ALTER TABLE audit.events DROP COLUMN actor;

-- hazard: data-loss,irreversible
ALTER TABLE audit.events DROP COLUMN app_event_id;

ALTER TYPE audit.level RENAME TO level__schemadiff_old;

CREATE TYPE audit.level AS ENUM ('info', 'warn');

-- hazard: rewrite
ALTER TABLE audit.events ALTER COLUMN level TYPE audit.level USING level::text::audit.level;

DROP TYPE audit.level__schemadiff_old;

COMMIT;

CREATE INDEX CONCURRENTLY events_created_at_idx ON audit.events USING btree (created_at);
