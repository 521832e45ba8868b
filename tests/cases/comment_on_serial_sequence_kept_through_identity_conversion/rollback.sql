-- schemadiff rollback
-- source fingerprint: 6bf22d4f8e034e38
-- target fingerprint: 73f92de5ffc8325b
-- 7 statements; hazards: none

BEGIN;

COMMENT ON SEQUENCE public.events_id_seq IS NULL;

ALTER TABLE public.events ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE public.events_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq'::regclass);

SELECT pg_catalog.setval('public.events_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.events) AS existing WHERE existing.last >= 1;

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;

COMMENT ON SEQUENCE public.events_id_seq IS 'event ids';

COMMIT;
