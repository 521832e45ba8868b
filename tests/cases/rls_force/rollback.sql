-- schemadiff rollback
-- source fingerprint: 5e01e28b9ffe68a8
-- target fingerprint: 66b7601c69345bb0
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.audit_events NO FORCE ROW LEVEL SECURITY;

ALTER TABLE public.tenant_docs NO FORCE ROW LEVEL SECURITY;

COMMIT;
