-- schemadiff plan
-- source fingerprint: e680fcd46b5a302d
-- target fingerprint: f98cc53d8bef9803
-- 10 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.profile_settings;

ALTER TABLE public.profiles ALTER COLUMN settings DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.profiles ALTER COLUMN settings TYPE jsonb USING settings::jsonb;

ALTER TABLE public.profiles ALTER COLUMN settings SET DEFAULT '{}'::jsonb;

-- hazard: rewrite
ALTER TABLE public.profiles ADD COLUMN lang text GENERATED ALWAYS AS ((settings ->> 'lang'::text)) STORED;

ALTER TABLE public.profiles ADD CONSTRAINT profiles_settings_object CHECK (jsonb_typeof(settings) = 'object') NOT VALID;

CREATE VIEW public.profile_settings AS
SELECT id, settings, lang FROM profiles;

COMMIT;

ALTER TABLE public.profiles VALIDATE CONSTRAINT profiles_settings_object;

CREATE INDEX CONCURRENTLY profiles_lang_idx ON public.profiles USING btree (lang);

CREATE INDEX CONCURRENTLY profiles_settings_gin ON public.profiles USING gin (settings jsonb_path_ops);
