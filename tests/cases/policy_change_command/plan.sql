-- schemadiff plan
-- source fingerprint: 4819963fce431520
-- target fingerprint: 6d3273ee92cd0a9e
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP POLICY tenant_docs_owner ON public.tenant_docs;

CREATE POLICY tenant_docs_owner ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING (owner_name = current_user);

COMMIT;
