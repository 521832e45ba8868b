-- schemadiff plan
-- source fingerprint: e92e88ce9f3f29db
-- target fingerprint: 32162d50c6d55199
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.audit_events FORCE ROW LEVEL SECURITY;

ALTER TABLE public.tenant_docs FORCE ROW LEVEL SECURITY;

COMMIT;
