-- schemadiff plan
-- source fingerprint: 75aada883afb0bea
-- target fingerprint: ccbc1dcd10c794fd
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS bigint START WITH 5000 INCREMENT BY 5 MINVALUE 1 MAXVALUE 99999999 CACHE 20 CYCLE;

COMMIT;
