-- schemadiff rollback
-- source fingerprint: 298ffa975e2e3121
-- target fingerprint: 0c4c4fc4082c0c2a
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN scores TYPE integer[] USING scores::integer[];

ALTER TABLE public.posts ALTER COLUMN tags DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN tags TYPE text USING tags::text;

ALTER TABLE public.posts ALTER COLUMN tags DROP NOT NULL;

COMMIT;
