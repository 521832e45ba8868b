-- schemadiff rollback
-- source fingerprint: b96cbba0f9ef4842
-- target fingerprint: e9f14e188f9428ae
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.countdown_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE RESTART WITH 1;

COMMIT;
