-- schemadiff rollback
-- source fingerprint: 73f7c5d388de466b
-- target fingerprint: d0f1b5c6b1ff717e
-- 2 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_same_tenant ON public.tenant_docs;

CREATE POLICY tenant_docs_same_tenant ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = (current_setting('app.tenant_id'::text))::integer));

COMMIT;
