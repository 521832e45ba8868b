-- schemadiff rollback
-- source fingerprint: b3ae59f6ec0f0ef6
-- target fingerprint: b2d90303a864ad9b
-- 2 statements; hazards: none

BEGIN;

DROP TYPE public.empty_enum;

DROP TYPE public.issue_priority;

COMMIT;
