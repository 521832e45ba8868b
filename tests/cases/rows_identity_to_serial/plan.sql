-- schemadiff plan
-- source fingerprint: c24f9c7712c862c2
-- target fingerprint: cc220589f619d1d7
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.invoices ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE public.invoices_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.invoices ALTER COLUMN id SET DEFAULT nextval('public.invoices_id_seq'::regclass);

SELECT pg_catalog.setval('public.invoices_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.invoices) AS existing WHERE existing.last >= 1;

ALTER SEQUENCE public.invoices_id_seq OWNED BY public.invoices.id;

COMMIT;
