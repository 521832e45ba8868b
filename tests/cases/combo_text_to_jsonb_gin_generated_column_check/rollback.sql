-- schemadiff rollback
-- source fingerprint: f98cc53d8bef9803
-- target fingerprint: e680fcd46b5a302d
-- 9 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.profile_settings;

DROP INDEX public.profiles_lang_idx;

DROP INDEX public.profiles_settings_gin;

ALTER TABLE public.profiles DROP CONSTRAINT profiles_settings_object;

-- hazard: data-loss,irreversible
ALTER TABLE public.profiles DROP COLUMN lang;

ALTER TABLE public.profiles ALTER COLUMN settings DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.profiles ALTER COLUMN settings TYPE text USING settings::text;

ALTER TABLE public.profiles ALTER COLUMN settings SET DEFAULT '{}'::text;

CREATE VIEW public.profile_settings AS
 SELECT profiles.id,
    profiles.settings
   FROM public.profiles;

COMMIT;
