-- schemadiff rollback
-- source fingerprint: 2b6734fd5e9d450b
-- target fingerprint: 233664856e8ed07c
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.events ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE public.events_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq'::regclass);

SELECT pg_catalog.setval('public.events_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.events) AS existing WHERE existing.last >= 1;

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;

GRANT USAGE ON SEQUENCE public.events_id_seq TO sd_writer;

COMMIT;
