-- schemadiff rollback
-- source fingerprint: 3150b91d5eeeb7b7
-- target fingerprint: 9723f5c5ffa41e01
-- 7 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP POLICY inv_sel ON public.invoices;

DROP POLICY inv_upd ON public.invoices;

DROP FUNCTION auth.can_see(org bigint);

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN org_id TYPE integer USING org_id::integer;

CREATE OR REPLACE FUNCTION auth.can_see(org integer)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT org = nullif(current_setting('app.org', true), '')::int $function$;

CREATE POLICY inv_sel ON public.invoices AS PERMISSIVE FOR SELECT TO PUBLIC USING (auth.can_see(org_id));

CREATE POLICY inv_upd ON public.invoices AS PERMISSIVE FOR UPDATE TO PUBLIC USING (auth.can_see(org_id)) WITH CHECK ((auth.can_see(org_id) AND (amount >= (0)::numeric)));

COMMIT;
