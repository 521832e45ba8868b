-- schemadiff plan
-- source fingerprint: 0f0e390dfac758e4
-- target fingerprint: ce455efc9ff27f8a
-- 6 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY projects_org ON app.projects;

ALTER TABLE app.tasks ALTER COLUMN org_id DROP DEFAULT;

DROP FUNCTION public.current_org();

CREATE OR REPLACE FUNCTION sec.current_org()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT current_setting('app.org', true)::int $function$;

ALTER TABLE app.tasks ALTER COLUMN org_id SET DEFAULT sec.current_org();

CREATE POLICY projects_org ON app.projects AS PERMISSIVE FOR ALL TO PUBLIC USING (org_id = sec.current_org());

COMMIT;
