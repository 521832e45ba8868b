-- schemadiff plan
-- source fingerprint: 190cc2d9aac9b814
-- target fingerprint: b81f12ca5a61c668
-- 1 statement; hazards: none

SET search_path = "$user", public;

BEGIN;

ALTER POLICY tenant_docs_admin ON public.tenant_docs TO postgres USING (true);

COMMIT;
