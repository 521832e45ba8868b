-- schemadiff rollback
-- source fingerprint: 50fbf5789fab62fc
-- target fingerprint: 804c5cf02285c08a
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.size RENAME TO size__schemadiff_old;

CREATE TYPE public.size AS ENUM ('small', 'large', 'medium');

-- hazard: rewrite
ALTER TABLE public.shirts ALTER COLUMN size TYPE public.size USING size::text::public.size;

DROP TYPE public.size__schemadiff_old;

COMMIT;
