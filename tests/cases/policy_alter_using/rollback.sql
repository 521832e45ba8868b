-- schemadiff rollback
-- source fingerprint: f09b43efb99cf48e
-- target fingerprint: 80d6e2bfd8a46d48
-- 2 statements; hazards: none

BEGIN;

ALTER POLICY tenant_docs_read ON public.tenant_docs TO PUBLIC USING (published);

ALTER POLICY tenant_docs_write ON public.tenant_docs TO PUBLIC USING ((owner_name = CURRENT_USER)) WITH CHECK ((owner_name = CURRENT_USER));

COMMIT;
