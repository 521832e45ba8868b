-- schemadiff plan
-- source fingerprint: 190cc2d9aac9b814
-- target fingerprint: a525d91b4c17286c
-- 1 statement; hazards: none

SET search_path = public;

BEGIN;

ALTER POLICY tenant_docs_admin ON public.tenant_docs TO sd_admin USING (true);

COMMIT;
