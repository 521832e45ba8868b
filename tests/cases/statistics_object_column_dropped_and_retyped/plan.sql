-- schemadiff plan
-- source fingerprint: 0352613f41df3f99
-- target fingerprint: d171bbec51559ae9
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP STATISTICS public.readings_legacy;

-- hazard: data-loss,irreversible
ALTER TABLE public.readings DROP COLUMN legacy;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor TYPE bigint USING sensor::bigint;

COMMIT;
