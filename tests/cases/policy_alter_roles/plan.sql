-- schemadiff plan
-- source fingerprint: 414ebd34a05eb27d
-- target fingerprint: ba066cf0a2504cd7
-- 1 statement; hazards: none

SET search_path = "$user", public;

BEGIN;

ALTER POLICY tenant_docs_admin ON public.tenant_docs TO postgres USING (true);

COMMIT;
