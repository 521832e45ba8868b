-- schemadiff plan
-- source fingerprint: 82ff421b44bc1480
-- target fingerprint: 91125b0c92428cc4
-- 7 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN scores TYPE bigint[] USING scores::bigint[];

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN tags TYPE text[] USING tags::text[];

ALTER TABLE public.posts ALTER COLUMN tags SET DEFAULT '{}'::text[];

ALTER TABLE public.posts ADD CONSTRAINT schemadiff_nn_4994c1fb5f190416 CHECK (tags IS NOT NULL) NOT VALID;

COMMIT;

ALTER TABLE public.posts VALIDATE CONSTRAINT schemadiff_nn_4994c1fb5f190416;

ALTER TABLE public.posts ALTER COLUMN tags SET NOT NULL;

ALTER TABLE public.posts DROP CONSTRAINT schemadiff_nn_4994c1fb5f190416;
