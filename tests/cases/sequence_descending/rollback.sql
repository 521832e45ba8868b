-- schemadiff rollback
-- source fingerprint: 8adcf211df42dc6f
-- target fingerprint: b0fcd0ba550ef24a
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.countdown_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE RESTART WITH 1;

COMMIT;
