-- schemadiff plan
-- source fingerprint: 89228c7f918bce43
-- target fingerprint: e62df13b54cb7267
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN counter TYPE bigint USING counter::bigint;

ALTER TABLE public.events ALTER COLUMN counter SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN ref_id TYPE bigint USING ref_id::bigint;

COMMIT;
