-- schemadiff rollback
-- source fingerprint: 6edc572e1b15bc17
-- target fingerprint: f9757e015e1e9b95
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.projects;

COMMIT;
