-- schemadiff plan
-- source fingerprint: 5c5eea5c2c6c880a
-- target fingerprint: 5febcc1e59ecd24b
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.tickets ALTER COLUMN id DROP IDENTITY;

COMMIT;
