-- schemadiff rollback
-- source fingerprint: 32162d50c6d55199
-- target fingerprint: e92e88ce9f3f29db
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.audit_events NO FORCE ROW LEVEL SECURITY;

ALTER TABLE public.tenant_docs NO FORCE ROW LEVEL SECURITY;

COMMIT;
