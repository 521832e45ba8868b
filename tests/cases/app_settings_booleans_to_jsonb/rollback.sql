-- schemadiff rollback
-- source fingerprint: acf87119583981b8
-- target fingerprint: 386e15f41dfbfe14
-- 10 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX public.user_settings_prefs_idx;

ALTER TABLE public.user_settings DROP CONSTRAINT user_settings_prefs_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.user_settings DROP COLUMN prefs;

-- hazard: data-loss,irreversible
ALTER TABLE public.user_settings DROP COLUMN updated_at;

ALTER TABLE public.user_settings ALTER COLUMN locale DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.user_settings ALTER COLUMN locale TYPE character varying(10);

ALTER TABLE public.user_settings ALTER COLUMN locale SET DEFAULT 'en'::character varying;

ALTER TABLE public.user_settings ALTER COLUMN locale DROP NOT NULL;

ALTER TABLE public.user_settings ADD COLUMN dark_mode boolean;

ALTER TABLE public.user_settings ADD COLUMN email_notifications boolean DEFAULT true NOT NULL;

COMMIT;
