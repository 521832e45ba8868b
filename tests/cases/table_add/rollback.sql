-- schemadiff rollback
-- source fingerprint: 4f6a1606c877daf2
-- target fingerprint: 76023ba0da8dfb02
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.projects;

COMMIT;
