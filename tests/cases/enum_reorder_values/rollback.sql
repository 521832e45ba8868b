-- schemadiff rollback
-- source fingerprint: 5801c42ee74bb445
-- target fingerprint: f3d7fc0b541dd06e
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.size RENAME TO size__schemadiff_old;

CREATE TYPE public.size AS ENUM ('small', 'large', 'medium');

-- hazard: rewrite
ALTER TABLE public.shirts ALTER COLUMN size TYPE public.size USING size::text::public.size;

DROP TYPE public.size__schemadiff_old;

COMMIT;
