-- schemadiff rollback
-- source fingerprint: d82bf4b5144c8b67
-- target fingerprint: 40cfea35a4945fab
-- 2 statements; hazards: none

BEGIN;

ALTER POLICY tenant_docs_read ON public.tenant_docs TO PUBLIC USING (published);

ALTER POLICY tenant_docs_write ON public.tenant_docs TO PUBLIC USING ((owner_name = CURRENT_USER)) WITH CHECK ((owner_name = CURRENT_USER));

COMMIT;
