-- schemadiff plan
-- source fingerprint: ef545436de9c4ea3
-- target fingerprint: 0742cec097274832
-- 3 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.tickets_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);

ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

COMMIT;
