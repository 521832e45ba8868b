-- schemadiff rollback
-- source fingerprint: 21e89719992b0389
-- target fingerprint: d5de0874b0def687
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.readings DROP CONSTRAINT readings_value_uq;

ALTER TABLE public.readings DROP CONSTRAINT readings_pkey;

-- hazard: long-lock
ALTER TABLE public.readings ADD CONSTRAINT readings_pkey PRIMARY KEY (device_id, read_at);

COMMIT;
