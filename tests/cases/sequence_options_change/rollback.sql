-- schemadiff rollback
-- source fingerprint: 9a1473f7f141deb5
-- target fingerprint: efff8ffe8b76e572
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.invoice_number_seq AS integer START WITH 1000 INCREMENT BY 1 MINVALUE 1000 MAXVALUE 999999 CACHE 1 NO CYCLE;

COMMIT;
