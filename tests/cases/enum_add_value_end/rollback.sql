-- schemadiff rollback
-- source fingerprint: d6e476b76fa3c98c
-- target fingerprint: 1dc8ee6dcae1abb2
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.color RENAME TO color__schemadiff_old;

CREATE TYPE public.color AS ENUM ('red', 'green');

-- hazard: rewrite
ALTER TABLE public.swatches ALTER COLUMN color TYPE public.color USING color::text::public.color;

DROP TYPE public.color__schemadiff_old;

COMMIT;
