-- schemadiff rollback
-- source fingerprint: 48a1ab06cd071d39
-- target fingerprint: b2d90303a864ad9b
-- 2 statements; hazards: none

BEGIN;

DROP TYPE public.empty_enum;

DROP TYPE public.issue_priority;

COMMIT;
