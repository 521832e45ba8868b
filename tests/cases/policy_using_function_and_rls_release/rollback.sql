-- schemadiff rollback
-- source fingerprint: a3573e3cb5522add
-- target fingerprint: 4e43a175dd938783
-- 9 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP POLICY projects_no_archived_writes ON public.projects;

DROP POLICY projects_tenant ON public.projects;

DROP INDEX public.projects_tenant_idx;

DROP FUNCTION auth.tenant_id();

ALTER TABLE public.projects NO FORCE ROW LEVEL SECURITY;

-- hazard: data-loss,irreversible
ALTER TABLE public.projects DROP COLUMN archived;

-- hazard: rewrite
ALTER TABLE public.projects ALTER COLUMN tenant_id TYPE integer USING tenant_id::integer;

CREATE OR REPLACE FUNCTION auth.tenant_id()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT nullif(current_setting('app.tenant_id', true), '')::integer $function$;

CREATE POLICY projects_tenant ON public.projects AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = auth.tenant_id()));

COMMIT;
