-- schemadiff rollback
-- source fingerprint: 409878fc8579a712
-- target fingerprint: 65528d7a2d8fc149
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.clicks ALTER COLUMN id TYPE integer USING id::integer;

SELECT pg_catalog.setval('public.clicks_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.clicks_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER TABLE public.clicks ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 10 SET NO CYCLE;

COMMIT;
