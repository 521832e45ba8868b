-- schemadiff plan
-- source fingerprint: 56b618e4381c3891
-- target fingerprint: 1157afa1603c7505
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS bigint START WITH 5000 INCREMENT BY 5 MINVALUE 1 MAXVALUE 99999999 CACHE 20 CYCLE;

COMMIT;
