-- schemadiff rollback
-- source fingerprint: 84daf57904b14a01
-- target fingerprint: 6210ba3a6febe0a5
-- 6 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.app_user_groups DROP CONSTRAINT app_user_groups_user_id_group_id_uniq;

ALTER TABLE public.app_user_groups DROP CONSTRAINT app_user_groups_pkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.app_user_groups DROP COLUMN id;

-- hazard: data-loss,irreversible
ALTER TABLE public.app_user_groups DROP COLUMN joined_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.app_user_groups DROP COLUMN role;

-- hazard: long-lock
ALTER TABLE public.app_user_groups ADD CONSTRAINT app_user_groups_pkey PRIMARY KEY (user_id, group_id);

COMMIT;
