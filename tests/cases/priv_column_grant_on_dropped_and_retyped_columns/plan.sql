-- schemadiff plan
-- source fingerprint: 6b6d96bfdf5297cc
-- target fingerprint: 95f88a40bc4e5cc3
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.profiles DROP COLUMN nickname;

ALTER TABLE public.profiles ALTER COLUMN display_name TYPE text USING display_name::text;

GRANT REFERENCES (id) ON TABLE public.profiles TO sd_admin;

COMMIT;
