-- schemadiff rollback
-- source fingerprint: 218dfad7428476bc
-- target fingerprint: 9f5c5b9d457a513b
-- 4 statements; hazards: none

BEGIN;

DROP STATISTICS hr.people_norm;

DROP STATISTICS hr.people_stats;

DROP STATISTICS sales.people_stats;

DROP FUNCTION public.norm(text);

COMMIT;
