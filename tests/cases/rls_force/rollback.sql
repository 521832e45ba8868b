-- schemadiff rollback
-- source fingerprint: 7f879b492fb6093d
-- target fingerprint: 5769e455a4d62753
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.audit_events NO FORCE ROW LEVEL SECURITY;

ALTER TABLE public.tenant_docs NO FORCE ROW LEVEL SECURITY;

COMMIT;
