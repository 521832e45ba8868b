-- schemadiff rollback
-- source fingerprint: cf57dc0c5dd3d3c5
-- target fingerprint: 205e3623837f23ce
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.countdown_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE RESTART WITH 1;

COMMIT;
