-- schemadiff rollback
-- source fingerprint: da0c9a7d551548fd
-- target fingerprint: eb516db2a7f6826b
-- 2 statements; hazards: none

BEGIN;

DROP TYPE public.empty_enum;

DROP TYPE public.issue_priority;

COMMIT;
