-- schemadiff rollback
-- source fingerprint: 2715742888a4c994
-- target fingerprint: e5b37686e9e8c6f3
-- 3 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_tenant ON public.tenant_docs;

ALTER POLICY tenant_docs_insert ON public.tenant_docs TO PUBLIC WITH CHECK (true);

CREATE POLICY tenant_docs_tenant ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = (current_setting('app.tenant_id'::text))::integer));

COMMIT;
