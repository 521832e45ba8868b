-- schemadiff plan
-- source fingerprint: f4f4192603e16f6d
-- target fingerprint: 84d3f4846be02b05
-- 4 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.tickets_id_seq1 AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq1'::regclass);

SELECT pg_catalog.setval('public.tickets_id_seq1', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.tickets) AS existing WHERE existing.last >= 1;

ALTER SEQUENCE public.tickets_id_seq1 OWNED BY public.tickets.id;

COMMIT;
