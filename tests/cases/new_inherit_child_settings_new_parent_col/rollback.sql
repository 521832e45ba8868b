-- schemadiff rollback
-- source fingerprint: 68cac6d9a1e00b6c
-- target fingerprint: 64ea25da7f43ccfd
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.base DROP COLUMN info;

-- hazard: data-loss,irreversible
DROP TABLE public.kid;

COMMIT;
