-- schemadiff rollback
-- source fingerprint: 6d9ba30a7efab8e2
-- target fingerprint: 9c0690cee85e5bd8
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.events ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE public.events_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq'::regclass);

SELECT pg_catalog.setval('public.events_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.events) AS existing WHERE existing.last >= 1;

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;

COMMIT;
