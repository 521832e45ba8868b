-- schemadiff plan
-- source fingerprint: fa3c311a676cb082
-- target fingerprint: ff39c2422c108c71
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN counter TYPE bigint USING counter::bigint;

ALTER TABLE public.events ALTER COLUMN counter SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN ref_id TYPE bigint USING ref_id::bigint;

COMMIT;
