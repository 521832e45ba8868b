-- schemadiff plan
-- source fingerprint: be8d2a46f967a096
-- target fingerprint: deede7c6229ec1f3
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
