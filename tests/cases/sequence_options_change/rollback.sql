-- schemadiff rollback
-- source fingerprint: 1157afa1603c7505
-- target fingerprint: 56b618e4381c3891
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS integer START WITH 1000 INCREMENT BY 1 MINVALUE 1000 MAXVALUE 999999 CACHE 1 NO CYCLE;

COMMIT;
