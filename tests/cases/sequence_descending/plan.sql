-- schemadiff plan
-- source fingerprint: 8bca05c10e8d0d81
-- target fingerprint: 93a9a5d46ccc6db1
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.countdown_seq AS bigint START WITH -1 INCREMENT BY -1 MINVALUE -1000 MAXVALUE -1 CACHE 1 NO CYCLE RESTART WITH -1;

COMMIT;
