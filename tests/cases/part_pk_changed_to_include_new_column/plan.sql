-- schemadiff plan
-- source fingerprint: d5de0874b0def687
-- target fingerprint: 21e89719992b0389
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.readings DROP CONSTRAINT readings_pkey;

-- hazard: long-lock
ALTER TABLE public.readings ADD CONSTRAINT readings_pkey PRIMARY KEY (device_id, channel, read_at);

-- hazard: long-lock
ALTER TABLE public.readings ADD CONSTRAINT readings_value_uq UNIQUE (device_id, read_at, value);

COMMIT;
