-- schemadiff plan
-- source fingerprint: 4ffb2b5304d3660f
-- target fingerprint: f0eb4fc07b2d6666
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.channels DROP CONSTRAINT channels_channel_check;

COMMIT;
