-- schemadiff plan
-- source fingerprint: a57a14efb284276b
-- target fingerprint: c759a6d12e59d183
-- 12 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.plans DROP CONSTRAINT plans_seats_check;

DROP FUNCTION public.tier_limit(t public.tier);

ALTER TYPE public.tier RENAME TO tier__schemadiff_old;

CREATE TYPE public.tier AS ENUM ('free', 'pro', 'enterprise');

ALTER TABLE public.plans ALTER COLUMN t DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.plans ALTER COLUMN t TYPE public.tier USING t::text::public.tier;

ALTER TABLE public.plans ALTER COLUMN t SET DEFAULT 'free'::public.tier;

DROP TYPE public.tier__schemadiff_old;

CREATE OR REPLACE FUNCTION public.tier_limit(t public.tier DEFAULT 'free'::public.tier)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE t WHEN 'pro' THEN 100 WHEN 'enterprise' THEN 10000 ELSE 1 END $function$;

ALTER TABLE public.plans ADD CONSTRAINT plans_seats_check CHECK (seats <= tier_limit(t)) NOT VALID;

COMMIT;

ALTER TABLE public.plans VALIDATE CONSTRAINT plans_seats_check;

CREATE INDEX CONCURRENTLY plans_limit_idx ON public.plans USING btree (public.tier_limit(t));
