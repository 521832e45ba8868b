-- schemadiff rollback
-- source fingerprint: 344d1e32d5b1c4e4
-- target fingerprint: 95caefd48279bb5f
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.t;

COMMIT;
