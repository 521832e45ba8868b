-- schemadiff plan
-- source fingerprint: 774fd66fd48ae268
-- target fingerprint: c59e84e57bae4ac3
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP STATISTICS public.readings_legacy;

-- hazard: data-loss,irreversible
ALTER TABLE public.readings DROP COLUMN legacy;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor TYPE bigint USING sensor::bigint;

COMMIT;
