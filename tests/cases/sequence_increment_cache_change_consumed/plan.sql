-- schemadiff plan
-- source fingerprint: 0134a4c7c7d66de9
-- target fingerprint: a650ecb985bff516
-- 2 statements; hazards: none

BEGIN;

SELECT pg_catalog.setval('public.invoice_no_seq', CASE WHEN last_value > 999999999 THEN 999999999 ELSE 1 END, last_value > 999999999) FROM public.invoice_no_seq WHERE last_value > 999999999 OR last_value < 1;

ALTER SEQUENCE public.invoice_no_seq AS bigint START WITH 1000 INCREMENT BY 5 MINVALUE 1 MAXVALUE 999999999 CACHE 10 NO CYCLE;

COMMIT;
