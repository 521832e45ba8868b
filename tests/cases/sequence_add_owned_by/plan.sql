-- schemadiff plan
-- source fingerprint: 16d9e937ed1ba428
-- target fingerprint: e9e8ee2a13e8b10a
-- 3 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.tickets_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);

ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

COMMIT;
