-- schemadiff plan
-- source fingerprint: ad6f9513d66b4679
-- target fingerprint: fcdfd7aa1dfbd557
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS bigint START WITH 5000 INCREMENT BY 5 MINVALUE 1 MAXVALUE 99999999 CACHE 20 CYCLE;

COMMIT;
