-- schemadiff rollback
-- source fingerprint: 5b361bf0651842c0
-- target fingerprint: 6d26973233daa9c3
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.projects;

COMMIT;
