-- schemadiff plan
-- source fingerprint: 762fd681a7501920
-- target fingerprint: 32665c06397975c5
-- 3 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.tickets_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);

ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

COMMIT;
