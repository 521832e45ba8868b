-- schemadiff rollback
-- source fingerprint: 72a43198a8d05d4f
-- target fingerprint: e919d14edf308f4f
-- 2 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_same_tenant ON public.tenant_docs;

CREATE POLICY tenant_docs_same_tenant ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = (current_setting('app.tenant_id'::text))::integer));

COMMIT;
