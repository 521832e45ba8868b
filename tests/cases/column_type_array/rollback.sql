-- schemadiff rollback
-- source fingerprint: 91125b0c92428cc4
-- target fingerprint: 82ff421b44bc1480
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN scores TYPE integer[] USING scores::integer[];

ALTER TABLE public.posts ALTER COLUMN tags DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.posts ALTER COLUMN tags TYPE text USING tags::text;

ALTER TABLE public.posts ALTER COLUMN tags DROP NOT NULL;

COMMIT;
