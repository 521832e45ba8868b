-- schemadiff rollback
-- source fingerprint: 1b423ee3fc088f70
-- target fingerprint: 8a6523fb7048590f
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.s AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;
