-- schemadiff plan
-- source fingerprint: 84aa923abf313383
-- target fingerprint: 5288180ba121420a
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.job_seq AS bigint START WITH 1 INCREMENT BY 2 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;
