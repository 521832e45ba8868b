-- schemadiff rollback
-- source fingerprint: 75024dba34ff022c
-- target fingerprint: a0a64eff3dfa7d25
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.events ALTER COLUMN counter DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN counter TYPE integer USING counter::integer;

ALTER TABLE public.events ALTER COLUMN counter SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN ref_id TYPE integer USING ref_id::integer;

COMMIT;
