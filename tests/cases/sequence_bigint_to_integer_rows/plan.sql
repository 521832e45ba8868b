-- schemadiff plan
-- source fingerprint: 79e0253797e09547
-- target fingerprint: bfcb546f2542b45b
-- 2 statements; hazards: none

BEGIN;

SELECT pg_catalog.setval('public.batch_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.batch_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.batch_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

COMMIT;
