-- schemadiff plan
-- source fingerprint: 702de3ccb3c47a44
-- target fingerprint: 4a1fae2d684a6164
-- 15 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW audit.status_changes;

DROP INDEX app.accounts_status_idx;

DROP FUNCTION app.is_open(s types.status);

ALTER TYPE types.status RENAME TO status__schemadiff_old;

CREATE TYPE types.status AS ENUM ('new', 'active', 'closed');

ALTER TABLE app.accounts ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE app.accounts ALTER COLUMN status TYPE types.status USING status::text::types.status;

ALTER TABLE app.accounts ALTER COLUMN status SET DEFAULT 'new'::types.status;

-- hazard: rewrite
ALTER TABLE audit.accounts ALTER COLUMN new_status TYPE types.status USING new_status::text::types.status;

-- hazard: rewrite
ALTER TABLE audit.accounts ALTER COLUMN old_status TYPE types.status USING old_status::text::types.status;

-- hazard: rewrite
ALTER TABLE audit.accounts ALTER COLUMN statuses TYPE types.status[] USING statuses::text::types.status[];

DROP TYPE types.status__schemadiff_old;

CREATE OR REPLACE FUNCTION app.is_open(s types.status)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT s IN ('new', 'active') $function$;

CREATE VIEW audit.status_changes AS
SELECT id, old_status, new_status FROM audit.accounts WHERE old_status IS DISTINCT FROM new_status;

COMMIT;

CREATE INDEX CONCURRENTLY accounts_status_idx ON app.accounts USING btree (status) WHERE status <> 'closed';
