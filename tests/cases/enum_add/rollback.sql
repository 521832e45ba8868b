-- schemadiff rollback
-- source fingerprint: 0bb590dc689a9939
-- target fingerprint: 63d4bbbd2c8b6c4e
-- 2 statements; hazards: none

BEGIN;

DROP TYPE public.empty_enum;

DROP TYPE public.issue_priority;

COMMIT;
