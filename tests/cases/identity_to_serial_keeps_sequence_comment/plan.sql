-- schemadiff plan
-- source fingerprint: 4e232b0695414712
-- target fingerprint: 4e0e6c3c043aadf2
-- 7 statements; hazards: none

BEGIN;

COMMENT ON SEQUENCE public.visits_id_seq IS NULL;

ALTER TABLE public.visits ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE public.visits_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.visits ALTER COLUMN id SET DEFAULT nextval('public.visits_id_seq'::regclass);

SELECT pg_catalog.setval('public.visits_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.visits) AS existing WHERE existing.last >= 1;

ALTER SEQUENCE public.visits_id_seq OWNED BY public.visits.id;

COMMENT ON SEQUENCE public.visits_id_seq IS 'visit ids';

COMMIT;
