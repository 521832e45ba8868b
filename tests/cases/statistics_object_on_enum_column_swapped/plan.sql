-- schemadiff plan
-- source fingerprint: 80494388b23741bf
-- target fingerprint: 42a4b8f0b87ae49e
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.mood RENAME TO mood__schemadiff_old;

CREATE TYPE public.mood AS ENUM ('happy', 'ok');

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood;

DROP TYPE public.mood__schemadiff_old;

COMMIT;
