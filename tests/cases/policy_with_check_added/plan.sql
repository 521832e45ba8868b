-- schemadiff plan
-- source fingerprint: b12fa6853c50649d
-- target fingerprint: 2699815100a8b2f9
-- 2 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER POLICY tenant_docs_insert ON public.tenant_docs TO PUBLIC WITH CHECK (owner_name = current_user);

ALTER POLICY tenant_docs_tenant ON public.tenant_docs TO PUBLIC USING (tenant_id = current_setting('app.tenant_id')::integer) WITH CHECK (tenant_id = current_setting('app.tenant_id')::integer AND NOT published);

COMMIT;
