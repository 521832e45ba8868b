-- schemadiff rollback
-- source fingerprint: 925690263deac90a
-- target fingerprint: 73ac04f96fbfb339
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN scores TYPE integer[] USING scores::integer[];

ALTER TABLE public.posts ALTER COLUMN tags DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN tags TYPE text USING tags::text;

ALTER TABLE public.posts ALTER COLUMN tags DROP NOT NULL;

COMMIT;
