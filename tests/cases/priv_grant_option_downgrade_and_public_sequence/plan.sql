-- schemadiff plan
-- source fingerprint: cb12aad09971a123
-- target fingerprint: dde846ee7a9d1e94
-- 5 statements; hazards: none

BEGIN;

REVOKE SELECT ON TABLE public.tickets FROM PUBLIC;

GRANT SELECT ON SEQUENCE public.tickets_id_seq TO sd_writer;

REVOKE GRANT OPTION FOR INSERT ON TABLE public.tickets FROM sd_writer;

GRANT USAGE ON SEQUENCE public.tickets_id_seq TO PUBLIC;

GRANT SELECT ON TABLE public.tickets TO sd_reader;

COMMIT;
