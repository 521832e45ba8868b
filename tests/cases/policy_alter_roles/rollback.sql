-- schemadiff rollback
-- source fingerprint: ba066cf0a2504cd7
-- target fingerprint: 414ebd34a05eb27d
-- 1 statement; hazards: none

BEGIN;

ALTER POLICY tenant_docs_admin ON public.tenant_docs TO PUBLIC USING (true);

COMMIT;
