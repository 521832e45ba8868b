-- schemadiff plan
-- source fingerprint: d0f1b5c6b1ff717e
-- target fingerprint: 73f7c5d388de466b
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP POLICY tenant_docs_same_tenant ON public.tenant_docs;

CREATE POLICY tenant_docs_same_tenant ON public.tenant_docs AS RESTRICTIVE FOR ALL TO PUBLIC USING (tenant_id = current_setting('app.tenant_id')::integer);

COMMIT;
