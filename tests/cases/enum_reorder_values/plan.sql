-- schemadiff plan
-- source fingerprint: 804c5cf02285c08a
-- target fingerprint: 50fbf5789fab62fc
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.size RENAME TO size__schemadiff_old;

CREATE TYPE public.size AS ENUM ('small', 'medium', 'large');

-- hazard: rewrite
ALTER TABLE public.shirts ALTER COLUMN size TYPE public.size USING size::text::public.size;

DROP TYPE public.size__schemadiff_old;

COMMIT;
