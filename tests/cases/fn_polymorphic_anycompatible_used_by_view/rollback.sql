-- schemadiff rollback
-- source fingerprint: 3a250b3790c574ce
-- target fingerprint: 159d5de810bd72e7
-- 5 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.effective_prefs;

DROP FUNCTION public.first_set(a anycompatible, b anycompatible);

-- hazard: rewrite
ALTER TABLE public.prefs ALTER COLUMN default_limit TYPE integer USING default_limit::integer;

CREATE OR REPLACE FUNCTION public.first_set(a anyelement, b anyelement)
 RETURNS anyelement
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT coalesce(a, b) $function$;

CREATE VIEW public.effective_prefs AS
 SELECT prefs.id,
    public.first_set(prefs.user_limit, prefs.default_limit) AS lim
   FROM public.prefs;

COMMIT;
