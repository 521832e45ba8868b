-- schemadiff rollback
-- source fingerprint: a650ecb985bff516
-- target fingerprint: 0134a4c7c7d66de9
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_no_seq AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;
