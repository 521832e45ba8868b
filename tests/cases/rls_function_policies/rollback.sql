-- schemadiff rollback
-- source fingerprint: 7f547110277628f0
-- target fingerprint: 16c295aa2bfa2e48
-- 8 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

DROP POLICY hide_archived ON public.documents;

DROP POLICY tenant_isolation ON public.documents;

DROP FUNCTION auth.is_admin();

CREATE OR REPLACE FUNCTION auth.current_tenant()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT nullif(current_setting('app.tenant', true), '')::integer $function$;

ALTER TABLE public.documents NO FORCE ROW LEVEL SECURITY;

-- hazard: data-loss,irreversible
ALTER TABLE public.documents DROP COLUMN archived;

ALTER TABLE public.documents ALTER COLUMN tenant_id DROP DEFAULT;

CREATE POLICY tenant_isolation ON public.documents AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = auth.current_tenant()));

COMMIT;
