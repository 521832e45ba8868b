-- schemadiff plan
-- source fingerprint: e9e690d184e301df
-- target fingerprint: 9c0c6eac23345604
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.size RENAME TO size__schemadiff_old;

CREATE TYPE public.size AS ENUM ('small', 'medium', 'large');

-- hazard: rewrite
ALTER TABLE public.shirts ALTER COLUMN size TYPE public.size USING size::text::public.size;

DROP TYPE public.size__schemadiff_old;

COMMIT;
