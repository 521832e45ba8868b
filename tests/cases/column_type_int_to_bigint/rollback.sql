-- schemadiff rollback
-- source fingerprint: e62df13b54cb7267
-- target fingerprint: 89228c7f918bce43
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN counter TYPE integer USING counter::integer;

ALTER TABLE public.events ALTER COLUMN counter SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN ref_id TYPE integer USING ref_id::integer;

COMMIT;
