-- schemadiff plan
-- source fingerprint: 1d8d37091b5ed05c
-- target fingerprint: 105453fa83203212
-- 1 statement; hazards: none

BEGIN;

COMMENT ON SEQUENCE public.clicks_id_seq IS 'click ids';

COMMIT;
