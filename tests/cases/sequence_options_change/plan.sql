-- schemadiff plan
-- source fingerprint: efff8ffe8b76e572
-- target fingerprint: 9a1473f7f141deb5
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS bigint START WITH 5000 INCREMENT BY 5 MINVALUE 1 MAXVALUE 99999999 CACHE 20 CYCLE;

COMMIT;
