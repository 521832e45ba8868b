-- schemadiff rollback
-- source fingerprint: 6507ac5b2a9e512d
-- target fingerprint: da102b802aeeda64
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.color RENAME TO color__schemadiff_old;

CREATE TYPE public.color AS ENUM ('red', 'green');

-- hazard: rewrite
ALTER TABLE public.swatches ALTER COLUMN color TYPE public.color USING color::text::public.color;

DROP TYPE public.color__schemadiff_old;

COMMIT;
