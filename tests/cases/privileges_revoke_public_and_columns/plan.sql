-- schemadiff plan
-- source fingerprint: 43c4dd70cd5a3872
-- target fingerprint: d7032eb3343bbef8
-- 8 statements; hazards: none

BEGIN;

REVOKE EXECUTE ON FUNCTION public.raise(e integer) FROM PUBLIC;

REVOKE SELECT ON TABLE public.emp FROM PUBLIC;

GRANT CREATE ON SCHEMA public TO sd_admin;

GRANT SELECT (id) ON TABLE public.emp TO sd_writer;

GRANT SELECT (name), UPDATE (name) ON TABLE public.emp TO sd_writer;

GRANT EXECUTE ON FUNCTION public.raise(e integer) TO sd_admin WITH GRANT OPTION;

GRANT EXECUTE ON FUNCTION public.raise(e integer) TO sd_writer;

GRANT SELECT ON TABLE public.emp TO sd_reader;

COMMIT;
