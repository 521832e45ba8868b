-- schemadiff rollback
-- source fingerprint: 6d3273ee92cd0a9e
-- target fingerprint: 4819963fce431520
-- 2 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_owner ON public.tenant_docs;

CREATE POLICY tenant_docs_owner ON public.tenant_docs AS PERMISSIVE FOR UPDATE TO PUBLIC USING ((owner_name = CURRENT_USER));

COMMIT;
