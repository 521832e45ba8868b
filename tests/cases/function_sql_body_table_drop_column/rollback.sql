-- schemadiff rollback
-- source fingerprint: e0834ae969320d90
-- target fingerprint: 1aa66df081bc512d
-- 3 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.profiles ADD COLUMN nickname text;

CREATE OR REPLACE FUNCTION public.profile_label(p public.profiles)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN COALESCE((p).nickname, 'anon'::text);

-- hazard: data-loss,irreversible
ALTER TABLE public.profiles DROP COLUMN display_name;

COMMIT;
