-- schemadiff plan
-- source fingerprint: 99fd178214150598
-- target fingerprint: b9ece35e667ece13
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP POLICY tenant_docs_owner ON public.tenant_docs;

CREATE POLICY tenant_docs_owner ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING (owner_name = current_user);

COMMIT;
