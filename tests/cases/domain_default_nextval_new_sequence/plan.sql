-- schemadiff plan
-- source fingerprint: 85e11e7e21507720
-- target fingerprint: 2a48877ff2641c88
-- 2 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.ticket_no_seq AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER DOMAIN public.ticket_no SET DEFAULT nextval('public.ticket_no_seq'::regclass);

COMMIT;
