-- schemadiff plan
-- source fingerprint: c7a0c2816dd49569
-- target fingerprint: 448ccd6523977a28
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
