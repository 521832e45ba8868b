-- schemadiff rollback
-- source fingerprint: bfcb546f2542b45b
-- target fingerprint: 79e0253797e09547
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.batch_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;
