-- schemadiff rollback
-- source fingerprint: 9a40ad2ae1ae917f
-- target fingerprint: b927b94be64ac302
-- 2 statements; hazards: none

BEGIN;

ALTER POLICY tenant_docs_read ON public.tenant_docs TO PUBLIC USING (published);

ALTER POLICY tenant_docs_write ON public.tenant_docs TO PUBLIC USING ((owner_name = CURRENT_USER)) WITH CHECK ((owner_name = CURRENT_USER));

COMMIT;
