-- schemadiff plan
-- source fingerprint: 73ac04f96fbfb339
-- target fingerprint: 925690263deac90a
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
