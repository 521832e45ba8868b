-- schemadiff plan
-- source fingerprint: 296a00a183da7a99
-- target fingerprint: f5338c5c1b87a2ed
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TYPE app.users ADD ATTRIBUTE verified boolean;

CREATE OR REPLACE FUNCTION app.users(u public.users)
 RETURNS app.users
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT ROW(u.id, u.name || '@x', false)::app.users $function$;

ALTER TABLE app.snapshots ADD COLUMN own_list app.users[];

CREATE VIEW app.users_v AS
SELECT id, app.users(pub) AS converted FROM app.snapshots;

COMMIT;
