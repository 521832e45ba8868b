-- schemadiff rollback
-- source fingerprint: 05810f4c65a0b3ac
-- target fingerprint: bdb7ed3dcf27ceda
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.audit_events ALTER COLUMN id SET GENERATED ALWAYS;

COMMIT;
