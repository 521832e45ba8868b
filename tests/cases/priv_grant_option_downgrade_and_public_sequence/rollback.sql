-- schemadiff rollback
-- source fingerprint: dde846ee7a9d1e94
-- target fingerprint: cb12aad09971a123
-- 5 statements; hazards: none

BEGIN;

REVOKE USAGE ON SEQUENCE public.tickets_id_seq FROM PUBLIC;

REVOKE SELECT ON TABLE public.tickets FROM sd_reader;

REVOKE SELECT ON SEQUENCE public.tickets_id_seq FROM sd_writer;

GRANT INSERT ON TABLE public.tickets TO sd_writer WITH GRANT OPTION;

GRANT SELECT ON TABLE public.tickets TO PUBLIC;

COMMIT;
