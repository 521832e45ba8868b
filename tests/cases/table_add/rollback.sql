-- schemadiff rollback
-- source fingerprint: 892f885b0f9fe293
-- target fingerprint: 350dd2a170c4d143
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.projects;

COMMIT;
