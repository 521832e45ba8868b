-- schemadiff plan
-- source fingerprint: 159d5de810bd72e7
-- target fingerprint: 3a250b3790c574ce
-- 5 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.effective_prefs;

DROP FUNCTION public.first_set(a anyelement, b anyelement);

-- hazard: rewrite
ALTER TABLE public.prefs ALTER COLUMN default_limit TYPE bigint USING default_limit::bigint;

CREATE OR REPLACE FUNCTION public.first_set(a anycompatible, b anycompatible)
 RETURNS anycompatible
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT coalesce(a, b) $function$;

CREATE VIEW public.effective_prefs AS
SELECT id, first_set(user_limit, default_limit) AS lim FROM prefs;

COMMIT;
