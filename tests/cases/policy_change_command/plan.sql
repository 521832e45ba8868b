-- schemadiff plan
-- source fingerprint: f2b1470ecf29263b
-- target fingerprint: f635927479f486b5
-- 2 statements; hazards: none

SET search_path = public;

BEGIN;

DROP POLICY tenant_docs_owner ON public.tenant_docs;

CREATE POLICY tenant_docs_owner ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING (owner_name = current_user);

COMMIT;
