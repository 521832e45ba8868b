-- schemadiff plan
-- source fingerprint: d9632847cc457de0
-- target fingerprint: f618568a13bf3cf4
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY notes_tenant ON public.notes;

DROP FUNCTION public.current_tenant();

CREATE OR REPLACE FUNCTION public.app_tenant_id()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT nullif(current_setting('app.tenant', true), '')::int $function$;

CREATE POLICY notes_tenant ON public.notes AS PERMISSIVE FOR ALL TO sd_reader, sd_writer USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());

COMMIT;
