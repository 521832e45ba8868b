-- schemadiff rollback
-- source fingerprint: b3ded113e993fe71
-- target fingerprint: 1e65a241a7f3d756
-- 2 statements; hazards: none

BEGIN;

DROP TYPE public.empty_enum;

DROP TYPE public.issue_priority;

COMMIT;
