-- schemadiff plan
-- source fingerprint: 3d0acf6e11c8421b
-- target fingerprint: ab00804d577593bf
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.t ALTER COLUMN id SET START WITH 1000 SET INCREMENT BY 1 SET MINVALUE 1000 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE RESTART WITH 1000;

SELECT pg_catalog.setval('public.t_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.t) AS existing WHERE existing.last > (SELECT last_value FROM public.t_id_seq);

COMMIT;
