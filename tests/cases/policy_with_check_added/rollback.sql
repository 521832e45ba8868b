-- schemadiff rollback
-- source fingerprint: e061c3f8888a2ee9
-- target fingerprint: d6513dc030dfc203
-- 3 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_tenant ON public.tenant_docs;

ALTER POLICY tenant_docs_insert ON public.tenant_docs TO PUBLIC WITH CHECK (true);

CREATE POLICY tenant_docs_tenant ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant_id = (current_setting('app.tenant_id'::text))::integer));

COMMIT;
