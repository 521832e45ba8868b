-- schemadiff rollback
-- source fingerprint: 2699815100a8b2f9
-- target fingerprint: b12fa6853c50649d
-- 3 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_tenant ON public.tenant_docs;

ALTER POLICY tenant_docs_insert ON public.tenant_docs TO PUBLIC WITH CHECK (true);

CREATE POLICY tenant_docs_tenant ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = (current_setting('app.tenant_id'::text))::integer));

COMMIT;
