-- schemadiff rollback
-- source fingerprint: dd80cd38026687d3
-- target fingerprint: 9d3a12f860a8c494
-- 10 statements; hazards: none

BEGIN;

ALTER TABLE public.categories ALTER COLUMN id DROP IDENTITY;

ALTER TABLE public.products ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE public.categories_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.categories ALTER COLUMN id SET DEFAULT nextval('public.categories_id_seq'::regclass);

SELECT pg_catalog.setval('public.categories_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.categories) AS existing WHERE existing.last >= 1;

CREATE SEQUENCE public.products_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.products ALTER COLUMN id SET DEFAULT nextval('public.products_id_seq'::regclass);

SELECT pg_catalog.setval('public.products_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.products) AS existing WHERE existing.last >= 1;

ALTER SEQUENCE public.categories_id_seq OWNED BY public.categories.id;

ALTER SEQUENCE public.products_id_seq OWNED BY public.products.id;

COMMIT;
