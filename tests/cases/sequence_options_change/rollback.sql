-- schemadiff rollback
-- source fingerprint: fcdfd7aa1dfbd557
-- target fingerprint: ad6f9513d66b4679
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS integer START WITH 1000 INCREMENT BY 1 MINVALUE 1000 MAXVALUE 999999 CACHE 1 NO CYCLE;

COMMIT;
