-- schemadiff rollback
-- source fingerprint: a04f7a035a56e4cd
-- target fingerprint: 53e396b6ddbf4b0d
-- 2 statements; hazards: none

BEGIN;

DROP TYPE public.empty_enum;

DROP TYPE public.issue_priority;

COMMIT;
