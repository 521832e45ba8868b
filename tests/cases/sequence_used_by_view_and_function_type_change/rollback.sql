-- schemadiff rollback
-- source fingerprint: 5288180ba121420a
-- target fingerprint: 84aa923abf313383
-- 2 statements; hazards: none

BEGIN;

SELECT pg_catalog.setval('public.job_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.job_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.job_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

COMMIT;
