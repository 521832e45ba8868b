-- schemadiff rollback
-- source fingerprint: 32db34e478a32cbd
-- target fingerprint: 37850a61fd5f1ca8
-- 4 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_owner_write ON public.tenant_docs;

DROP POLICY tenant_docs_published_read ON public.tenant_docs;

DROP POLICY tenant_docs_tenant_isolation ON public.tenant_docs;

ALTER TABLE public.tenant_docs DISABLE ROW LEVEL SECURITY;

COMMIT;
