-- schemadiff plan
-- source fingerprint: 4e43a175dd938783
-- target fingerprint: a3573e3cb5522add
-- 9 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY projects_tenant ON public.projects;

DROP FUNCTION auth.tenant_id();

ALTER TABLE public.projects FORCE ROW LEVEL SECURITY;

-- hazard: rewrite
ALTER TABLE public.projects ALTER COLUMN tenant_id TYPE bigint USING tenant_id::bigint;

CREATE OR REPLACE FUNCTION auth.tenant_id()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $function$;

ALTER TABLE public.projects ADD COLUMN archived boolean DEFAULT false NOT NULL;

CREATE POLICY projects_no_archived_writes ON public.projects AS RESTRICTIVE FOR UPDATE TO sd_writer USING (NOT archived) WITH CHECK (tenant_id = auth.tenant_id());

CREATE POLICY projects_tenant ON public.projects AS PERMISSIVE FOR ALL TO PUBLIC USING (tenant_id = auth.tenant_id());

COMMIT;

CREATE INDEX CONCURRENTLY projects_tenant_idx ON public.projects USING btree (tenant_id) WHERE NOT archived;
