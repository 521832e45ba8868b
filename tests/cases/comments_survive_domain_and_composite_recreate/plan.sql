-- schemadiff plan
-- source fingerprint: f78e7385f5c94fb7
-- target fingerprint: 4551cd8d56fc1a12
-- 9 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN public.rating DROP CONSTRAINT rating_range;

ALTER DOMAIN public.rating RENAME TO rating__schemadiff_old;

CREATE DOMAIN public.rating AS integer;

ALTER TYPE public.review_summary ALTER ATTRIBUTE n TYPE bigint;

-- hazard: long-lock
ALTER DOMAIN public.rating ADD CONSTRAINT rating_range CHECK (((VALUE >= 1) AND (VALUE <= 5)));

-- hazard: rewrite
ALTER TABLE public.reviews ALTER COLUMN stars TYPE public.rating USING stars::text::public.rating;

DROP DOMAIN public.rating__schemadiff_old;

COMMENT ON DOMAIN public.rating IS 'one to five stars';

COMMENT ON CONSTRAINT rating_range ON DOMAIN public.rating IS 'inclusive';

COMMIT;
