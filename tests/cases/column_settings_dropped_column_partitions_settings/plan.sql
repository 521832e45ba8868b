-- schemadiff plan
-- source fingerprint: a895095cf22a0be9
-- target fingerprint: a938a185c3960686
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS public.logs_legacy_lvl;

-- hazard: data-loss,irreversible
ALTER TABLE public.base DROP COLUMN old;

-- hazard: data-loss,irreversible
ALTER TABLE public.logs DROP COLUMN legacy;

COMMIT;
