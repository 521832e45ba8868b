-- schemadiff plan
-- source fingerprint: e9f14e188f9428ae
-- target fingerprint: b96cbba0f9ef4842
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.countdown_seq AS bigint START WITH -1 INCREMENT BY -1 MINVALUE -1000 MAXVALUE -1 CACHE 1 NO CYCLE RESTART WITH -1;

COMMIT;
