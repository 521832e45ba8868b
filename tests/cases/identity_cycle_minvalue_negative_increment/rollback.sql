-- schemadiff rollback
-- source fingerprint: 13b9ec2f6f8ddd3e
-- target fingerprint: b652049adce9e18a
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.tokens ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE RESTART WITH 1;

SELECT pg_catalog.setval('public.tokens_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.tokens) AS existing WHERE existing.last > (SELECT last_value FROM public.tokens_id_seq);

COMMIT;
