-- schemadiff plan
-- source fingerprint: 79e0253797e09547
-- target fingerprint: bfcb546f2542b45b
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.batch_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

COMMIT;
