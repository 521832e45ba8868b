-- schemadiff plan
-- source fingerprint: fc095252441bad04
-- target fingerprint: 784ce577d52074ea
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN counter TYPE bigint USING counter::bigint;

ALTER TABLE public.events ALTER COLUMN counter SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN ref_id TYPE bigint USING ref_id::bigint;

COMMIT;
