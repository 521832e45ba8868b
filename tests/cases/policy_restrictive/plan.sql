-- schemadiff plan
-- source fingerprint: be11e636cd36c7a7
-- target fingerprint: 5deda1bc09106761
-- 2 statements; hazards: none

SET search_path = public;

BEGIN;

DROP POLICY tenant_docs_same_tenant ON public.tenant_docs;

CREATE POLICY tenant_docs_same_tenant ON public.tenant_docs AS RESTRICTIVE FOR ALL TO PUBLIC USING (tenant_id = current_setting('app.tenant_id')::integer);

COMMIT;
