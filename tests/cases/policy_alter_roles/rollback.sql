-- schemadiff rollback
-- source fingerprint: a525d91b4c17286c
-- target fingerprint: 190cc2d9aac9b814
-- 1 statement; hazards: none

BEGIN;

ALTER POLICY tenant_docs_admin ON public.tenant_docs TO PUBLIC USING (true);

COMMIT;
