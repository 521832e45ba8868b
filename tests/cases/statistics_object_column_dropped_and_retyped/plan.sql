-- schemadiff plan
-- source fingerprint: c374bf62fa5c4059
-- target fingerprint: 555d458c3f9341c2
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP STATISTICS public.readings_legacy;

-- hazard: data-loss,irreversible
ALTER TABLE public.readings DROP COLUMN legacy;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor TYPE bigint USING sensor::bigint;

COMMIT;
