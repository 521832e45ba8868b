-- schemadiff rollback
-- source fingerprint: f0eb4fc07b2d6666
-- target fingerprint: 4ffb2b5304d3660f
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.channels ADD CONSTRAINT channels_channel_check CHECK ((channel IN ('email'::character varying, 'slack'::character varying))) NOT VALID;

COMMIT;

ALTER TABLE public.channels VALIDATE CONSTRAINT channels_channel_check;
