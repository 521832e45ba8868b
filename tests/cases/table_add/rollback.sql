-- schemadiff rollback
-- source fingerprint: 187f9ae1e0982507
-- target fingerprint: f1d8330ca7ad7692
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.projects;

COMMIT;
