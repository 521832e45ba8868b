-- schemadiff rollback
-- source fingerprint: b9ece35e667ece13
-- target fingerprint: 99fd178214150598
-- 2 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_owner ON public.tenant_docs;

CREATE POLICY tenant_docs_owner ON public.tenant_docs AS PERMISSIVE FOR UPDATE TO PUBLIC USING ((owner_name = CURRENT_USER));

COMMIT;
