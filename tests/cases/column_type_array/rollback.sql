-- schemadiff rollback
-- source fingerprint: 448ccd6523977a28
-- target fingerprint: c7a0c2816dd49569
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN scores TYPE integer[] USING scores::integer[];

ALTER TABLE public.posts ALTER COLUMN tags DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN tags TYPE text USING tags::text;

ALTER TABLE public.posts ALTER COLUMN tags DROP NOT NULL;

COMMIT;
