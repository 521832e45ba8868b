-- schemadiff plan
-- source fingerprint: b0fcd0ba550ef24a
-- target fingerprint: 8adcf211df42dc6f
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.countdown_seq AS bigint START WITH -1 INCREMENT BY -1 MINVALUE -1000 MAXVALUE -1 CACHE 1 NO CYCLE RESTART WITH -1;

COMMIT;
