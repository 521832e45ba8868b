-- schemadiff rollback
-- source fingerprint: 5288180ba121420a
-- target fingerprint: 84aa923abf313383
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.job_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

COMMIT;
