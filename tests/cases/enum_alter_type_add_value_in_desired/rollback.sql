-- schemadiff rollback
-- source fingerprint: dd278a28ab9a8953
-- target fingerprint: d38bd44173d4df4d
-- 5 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.color RENAME TO color__schemadiff_old;

CREATE TYPE public.color AS ENUM ('red', 'green');

ALTER TABLE public.paint ALTER COLUMN c DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.paint ALTER COLUMN c TYPE public.color USING c::text::public.color;

DROP TYPE public.color__schemadiff_old;

COMMIT;
