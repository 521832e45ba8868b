-- schemadiff rollback
-- source fingerprint: f635927479f486b5
-- target fingerprint: f2b1470ecf29263b
-- 2 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_owner ON public.tenant_docs;

CREATE POLICY tenant_docs_owner ON public.tenant_docs AS PERMISSIVE FOR UPDATE TO PUBLIC USING ((owner_name = CURRENT_USER));

COMMIT;
