-- schemadiff rollback
-- source fingerprint: c19e8bb765445dd3
-- target fingerprint: c2579e49ddd9d950
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.color RENAME TO color__schemadiff_old;

CREATE TYPE public.color AS ENUM ('red', 'green');

-- hazard: rewrite
ALTER TABLE public.swatches ALTER COLUMN color TYPE public.color USING color::text::public.color;

DROP TYPE public.color__schemadiff_old;

COMMIT;
