-- schemadiff plan
-- source fingerprint: 82ff421b44bc1480
-- target fingerprint: 91125b0c92428cc4
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
