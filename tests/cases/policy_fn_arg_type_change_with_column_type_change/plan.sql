-- schemadiff plan
-- source fingerprint: 9723f5c5ffa41e01
-- target fingerprint: 3150b91d5eeeb7b7
-- 7 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY inv_sel ON public.invoices;

DROP POLICY inv_upd ON public.invoices;

DROP FUNCTION auth.can_see(org integer);

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN org_id TYPE bigint USING org_id::bigint;

CREATE OR REPLACE FUNCTION auth.can_see(org bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT org = nullif(current_setting('app.org', true), '')::bigint $function$;

CREATE POLICY inv_sel ON public.invoices AS PERMISSIVE FOR SELECT TO PUBLIC USING (auth.can_see(org_id));

CREATE POLICY inv_upd ON public.invoices AS PERMISSIVE FOR UPDATE TO PUBLIC USING (auth.can_see(org_id)) WITH CHECK (auth.can_see(org_id) AND amount >= 0);

COMMIT;
