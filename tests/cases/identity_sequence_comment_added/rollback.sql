-- schemadiff rollback
-- source fingerprint: 105453fa83203212
-- target fingerprint: 1d8d37091b5ed05c
-- 1 statement; hazards: none

BEGIN;

COMMENT ON SEQUENCE public.clicks_id_seq IS NULL;

COMMIT;
