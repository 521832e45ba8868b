-- schemadiff plan
-- source fingerprint: 40cfea35a4945fab
-- target fingerprint: d82bf4b5144c8b67
-- 2 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER POLICY tenant_docs_read ON public.tenant_docs TO PUBLIC USING (published OR owner_name = current_user);

ALTER POLICY tenant_docs_write ON public.tenant_docs TO sd_admin USING (owner_name = current_user AND tenant_id = current_setting('app.tenant_id')::integer) WITH CHECK (owner_name = current_user);

COMMIT;
