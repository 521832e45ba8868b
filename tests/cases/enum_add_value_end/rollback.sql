-- schemadiff rollback
-- source fingerprint: eef915961d309612
-- target fingerprint: 4a14ea9e1b57de9d
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.color RENAME TO color__schemadiff_old;

CREATE TYPE public.color AS ENUM ('red', 'green');

-- hazard: rewrite
ALTER TABLE public.swatches ALTER COLUMN color TYPE public.color USING color::text::public.color;

DROP TYPE public.color__schemadiff_old;

COMMIT;
