-- schemadiff rollback
-- source fingerprint: 5deda1bc09106761
-- target fingerprint: be11e636cd36c7a7
-- 2 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_same_tenant ON public.tenant_docs;

CREATE POLICY tenant_docs_same_tenant ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = (current_setting('app.tenant_id'::text))::integer));

COMMIT;
