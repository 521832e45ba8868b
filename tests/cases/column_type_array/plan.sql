-- schemadiff plan
-- source fingerprint: 0c4c4fc4082c0c2a
-- target fingerprint: 298ffa975e2e3121
-- 4 statements; hazards: rewrite,long-lock

BEGIN;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN scores TYPE bigint[] USING scores::bigint[];

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN tags TYPE text[] USING tags::text[];

ALTER TABLE public.posts ALTER COLUMN tags SET DEFAULT '{}'::text[];

-- hazard: long-lock
ALTER TABLE public.posts ALTER COLUMN tags SET NOT NULL;

COMMIT;
