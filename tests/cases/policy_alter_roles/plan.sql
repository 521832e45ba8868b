-- schemadiff plan
-- source fingerprint: 24cf1b327ed9905d
-- target fingerprint: 86ee30f12f21f2f6
-- 1 statement; hazards: none

SET search_path = "$user", public;

BEGIN;

ALTER POLICY tenant_docs_admin ON public.tenant_docs TO postgres USING (true);

COMMIT;
