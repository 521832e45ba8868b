-- schemadiff plan
-- source fingerprint: b927b94be64ac302
-- target fingerprint: 9a40ad2ae1ae917f
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

ALTER POLICY tenant_docs_read ON public.tenant_docs TO PUBLIC USING (published OR owner_name = current_user);

ALTER POLICY tenant_docs_write ON public.tenant_docs TO postgres USING (owner_name = current_user AND tenant_id = current_setting('app.tenant_id')::integer) WITH CHECK (owner_name = current_user);

COMMIT;
