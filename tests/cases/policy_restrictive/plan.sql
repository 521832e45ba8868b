-- schemadiff plan
-- source fingerprint: e919d14edf308f4f
-- target fingerprint: 72a43198a8d05d4f
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP POLICY tenant_docs_same_tenant ON public.tenant_docs;

CREATE POLICY tenant_docs_same_tenant ON public.tenant_docs AS RESTRICTIVE FOR ALL TO PUBLIC USING (tenant_id = current_setting('app.tenant_id')::integer);

COMMIT;
