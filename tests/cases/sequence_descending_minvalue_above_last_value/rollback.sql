-- schemadiff rollback
-- source fingerprint: d9344b28980c4142
-- target fingerprint: 95a14f31f18d167b
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.d AS bigint START WITH -1 INCREMENT BY -1 MINVALUE -9223372036854775808 MAXVALUE -1 CACHE 1 NO CYCLE;

COMMIT;
