-- schemadiff plan
-- source fingerprint: 386e15f41dfbfe14
-- target fingerprint: acf87119583981b8
-- 14 statements; hazards: data-loss,irreversible

SET search_path = public;

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.user_settings DROP COLUMN dark_mode;

-- hazard: data-loss,irreversible
ALTER TABLE public.user_settings DROP COLUMN email_notifications;

ALTER TABLE public.user_settings ALTER COLUMN locale DROP DEFAULT;

ALTER TABLE public.user_settings ALTER COLUMN locale TYPE character varying(16);

ALTER TABLE public.user_settings ALTER COLUMN locale SET DEFAULT 'en'::character varying;

ALTER TABLE public.user_settings ADD CONSTRAINT schemadiff_nn_a1abcab37ea9219f CHECK (locale IS NOT NULL) NOT VALID;

ALTER TABLE public.user_settings ADD COLUMN prefs jsonb DEFAULT '{}'::jsonb NOT NULL;

ALTER TABLE public.user_settings ADD COLUMN updated_at timestamp with time zone;

ALTER TABLE public.user_settings ADD CONSTRAINT user_settings_prefs_check CHECK (jsonb_typeof(prefs) = 'object') NOT VALID;

COMMIT;

ALTER TABLE public.user_settings VALIDATE CONSTRAINT schemadiff_nn_a1abcab37ea9219f;

ALTER TABLE public.user_settings ALTER COLUMN locale SET NOT NULL;

ALTER TABLE public.user_settings DROP CONSTRAINT schemadiff_nn_a1abcab37ea9219f;

ALTER TABLE public.user_settings VALIDATE CONSTRAINT user_settings_prefs_check;

CREATE INDEX CONCURRENTLY user_settings_prefs_idx ON public.user_settings USING gin (prefs jsonb_path_ops);
