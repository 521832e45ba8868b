-- schemadiff plan
-- source fingerprint: 5769e455a4d62753
-- target fingerprint: 7f879b492fb6093d
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.audit_events FORCE ROW LEVEL SECURITY;

ALTER TABLE public.tenant_docs FORCE ROW LEVEL SECURITY;

COMMIT;
