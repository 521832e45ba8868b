-- schemadiff plan
-- source fingerprint: 16c295aa2bfa2e48
-- target fingerprint: 7f547110277628f0
-- 11 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE OR REPLACE FUNCTION auth.current_tenant()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(nullif(current_setting('app.tenant', true), ''), '0')::integer $function$;

ALTER TABLE public.documents FORCE ROW LEVEL SECURITY;

ALTER TABLE public.documents ALTER COLUMN tenant_id SET DEFAULT auth.current_tenant();

CREATE OR REPLACE FUNCTION auth.is_admin()
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(current_setting('app.admin', true), '') = 'on' $function$;

REVOKE ALL ON FUNCTION auth.is_admin() FROM PUBLIC;

ALTER POLICY tenant_isolation ON public.documents TO PUBLIC USING (tenant_id = auth.current_tenant() OR auth.is_admin()) WITH CHECK (tenant_id = auth.current_tenant());

ALTER TABLE public.documents ADD COLUMN archived boolean DEFAULT false NOT NULL;

CREATE POLICY hide_archived ON public.documents AS RESTRICTIVE FOR SELECT TO sd_reader USING (NOT archived);

GRANT EXECUTE ON FUNCTION auth.is_admin() TO sd_reader;

GRANT EXECUTE ON FUNCTION auth.is_admin() TO sd_writer;

GRANT UPDATE (archived) ON TABLE public.documents TO sd_reader;

COMMIT;
