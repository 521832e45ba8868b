-- schemadiff rollback
-- source fingerprint: d7032eb3343bbef8
-- target fingerprint: 43c4dd70cd5a3872
-- 8 statements; hazards: none

BEGIN;

REVOKE CREATE ON SCHEMA public FROM sd_admin;

REVOKE SELECT (id) ON TABLE public.emp FROM sd_writer;

REVOKE SELECT (name), UPDATE (name) ON TABLE public.emp FROM sd_writer;

REVOKE EXECUTE ON FUNCTION public.raise(e integer) FROM sd_admin;

REVOKE EXECUTE ON FUNCTION public.raise(e integer) FROM sd_writer;

REVOKE SELECT ON TABLE public.emp FROM sd_reader;

GRANT EXECUTE ON FUNCTION public.raise(e integer) TO PUBLIC;

GRANT SELECT ON TABLE public.emp TO PUBLIC;

COMMIT;
