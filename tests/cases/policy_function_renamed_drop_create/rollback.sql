-- schemadiff rollback
-- source fingerprint: f618568a13bf3cf4
-- target fingerprint: d9632847cc457de0
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP POLICY notes_tenant ON public.notes;

DROP FUNCTION public.app_tenant_id();

CREATE OR REPLACE FUNCTION public.current_tenant()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT nullif(current_setting('app.tenant', true), '')::int $function$;

CREATE POLICY notes_tenant ON public.notes AS PERMISSIVE FOR ALL TO sd_reader, sd_writer USING ((tenant_id = public.current_tenant())) WITH CHECK ((tenant_id = public.current_tenant()));

COMMIT;
