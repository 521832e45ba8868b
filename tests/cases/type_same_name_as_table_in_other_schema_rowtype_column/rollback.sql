-- schemadiff rollback
-- source fingerprint: f5338c5c1b87a2ed
-- target fingerprint: 296a00a183da7a99
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW app.users_v;

-- hazard: data-loss,irreversible
ALTER TABLE app.snapshots DROP COLUMN own_list;

DROP FUNCTION app.users(u public.users);

-- hazard: data-loss,irreversible
ALTER TYPE app.users DROP ATTRIBUTE verified;

COMMIT;
