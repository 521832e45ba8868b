-- schemadiff rollback
-- source fingerprint: 95f88a40bc4e5cc3
-- target fingerprint: 6b6d96bfdf5297cc
-- 5 statements; hazards: rewrite

BEGIN;

REVOKE REFERENCES (id) ON TABLE public.profiles FROM sd_admin;

-- hazard: rewrite
ALTER TABLE public.profiles ALTER COLUMN display_name TYPE character varying(50);

ALTER TABLE public.profiles ADD COLUMN nickname text;

GRANT SELECT (nickname) ON TABLE public.profiles TO sd_reader;

GRANT UPDATE (nickname) ON TABLE public.profiles TO sd_writer;

COMMIT;
