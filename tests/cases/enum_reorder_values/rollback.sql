-- schemadiff rollback
-- source fingerprint: 7f6be08180da109f
-- target fingerprint: 887414a2d47f6cd2
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.size RENAME TO size__schemadiff_old;

CREATE TYPE public.size AS ENUM ('small', 'large', 'medium');

-- hazard: rewrite
ALTER TABLE public.shirts ALTER COLUMN size TYPE public.size USING size::text::public.size;

DROP TYPE public.size__schemadiff_old;

COMMIT;
