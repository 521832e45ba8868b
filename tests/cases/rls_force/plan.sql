-- schemadiff plan
-- source fingerprint: 66b7601c69345bb0
-- target fingerprint: 5e01e28b9ffe68a8
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.audit_events FORCE ROW LEVEL SECURITY;

ALTER TABLE public.tenant_docs FORCE ROW LEVEL SECURITY;

COMMIT;
