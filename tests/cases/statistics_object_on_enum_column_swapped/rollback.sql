-- schemadiff rollback
-- source fingerprint: 47f3ea1fa627fb2a
-- target fingerprint: 2da51d98d292ffe1
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE public.mood RENAME TO mood__schemadiff_old;

CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood;

DROP TYPE public.mood__schemadiff_old;

COMMIT;
