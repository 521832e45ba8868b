-- schemadiff plan
-- source fingerprint: 0134a4c7c7d66de9
-- target fingerprint: a650ecb985bff516
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_no_seq AS bigint START WITH 1000 INCREMENT BY 5 MINVALUE 1 MAXVALUE 999999999 CACHE 10 NO CYCLE;

COMMIT;
