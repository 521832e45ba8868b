-- schemadiff rollback
-- source fingerprint: 93a9a5d46ccc6db1
-- target fingerprint: 8bca05c10e8d0d81
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.countdown_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE RESTART WITH 1;

COMMIT;
