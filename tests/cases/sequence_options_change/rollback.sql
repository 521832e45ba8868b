-- schemadiff rollback
-- source fingerprint: 1157afa1603c7505
-- target fingerprint: 56b618e4381c3891
-- 2 statements; hazards: none

BEGIN;

SELECT pg_catalog.setval('public.invoice_number_seq', CASE WHEN last_value > 999999 THEN 999999 ELSE 1000 END, last_value > 999999) FROM public.invoice_number_seq WHERE last_value > 999999 OR last_value < 1000;

ALTER SEQUENCE public.invoice_number_seq AS integer START WITH 1000 INCREMENT BY 1 MINVALUE 1000 MAXVALUE 999999 CACHE 1 NO CYCLE;

COMMIT;
