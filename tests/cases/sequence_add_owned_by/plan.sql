-- schemadiff plan
-- source fingerprint: f6cf63b1decc0d7b
-- target fingerprint: 087c3788e0c5e1b8
-- 4 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.tickets_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);

SELECT pg_catalog.setval('public.tickets_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.tickets) AS existing WHERE existing.last >= 1;

ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

COMMIT;
