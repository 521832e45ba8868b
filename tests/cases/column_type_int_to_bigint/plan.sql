-- schemadiff plan
-- source fingerprint: 80f27053ec11a62e
-- target fingerprint: 6c69b28487f56ab3
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN counter TYPE bigint USING counter::bigint;

ALTER TABLE public.events ALTER COLUMN counter SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN ref_id TYPE bigint USING ref_id::bigint;

COMMIT;
