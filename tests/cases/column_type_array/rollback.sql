-- schemadiff rollback
-- source fingerprint: deede7c6229ec1f3
-- target fingerprint: be8d2a46f967a096
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN scores TYPE integer[] USING scores::integer[];

ALTER TABLE public.posts ALTER COLUMN tags DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN tags TYPE text USING tags::text;

ALTER TABLE public.posts ALTER COLUMN tags DROP NOT NULL;

COMMIT;
