-- schemadiff plan
-- source fingerprint: b652049adce9e18a
-- target fingerprint: 13b9ec2f6f8ddd3e
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.tokens ALTER COLUMN id SET START WITH -1 SET INCREMENT BY -1 SET MINVALUE -1000 SET MAXVALUE -1 SET CACHE 1 SET CYCLE RESTART WITH -1;

SELECT pg_catalog.setval('public.tokens_id_seq', existing.last) FROM (SELECT pg_catalog.min(id) AS last FROM public.tokens) AS existing WHERE existing.last < (SELECT last_value FROM public.tokens_id_seq);

COMMIT;
