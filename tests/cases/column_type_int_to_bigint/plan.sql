-- schemadiff plan
-- source fingerprint: a0a64eff3dfa7d25
-- target fingerprint: 75024dba34ff022c
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN counter TYPE bigint USING counter::bigint;

ALTER TABLE public.events ALTER COLUMN counter SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN ref_id TYPE bigint USING ref_id::bigint;

COMMIT;
