-- schemadiff rollback
-- source fingerprint: 86ee30f12f21f2f6
-- target fingerprint: 24cf1b327ed9905d
-- 1 statement; hazards: none

BEGIN;

ALTER POLICY tenant_docs_admin ON public.tenant_docs TO PUBLIC USING (true);

COMMIT;
