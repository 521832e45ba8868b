-- schemadiff rollback
-- source fingerprint: ccbc1dcd10c794fd
-- target fingerprint: 75aada883afb0bea
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS integer START WITH 1000 INCREMENT BY 1 MINVALUE 1000 MAXVALUE 999999 CACHE 1 NO CYCLE;

COMMIT;
