-- schemadiff plan
-- source fingerprint: 349f3db77e807633
-- target fingerprint: b134611fd683e6c2
-- 8 statements; hazards: none

CREATE UNIQUE INDEX CONCURRENTLY devices_pkey ON public.devices (serial) WITH (fillfactor='90');

ALTER TABLE public.devices ADD CONSTRAINT devices_pkey PRIMARY KEY USING INDEX devices_pkey;

CREATE UNIQUE INDEX CONCURRENTLY readings_pkey ON public.readings (device_serial, taken_at) INCLUDE (value);

ALTER TABLE public.readings ADD CONSTRAINT readings_pkey PRIMARY KEY USING INDEX readings_pkey;

CREATE UNIQUE INDEX CONCURRENTLY devices_label_key ON public.devices (label);

ALTER TABLE public.devices ADD CONSTRAINT devices_label_key UNIQUE USING INDEX devices_label_key DEFERRABLE INITIALLY DEFERRED;

CREATE UNIQUE INDEX CONCURRENTLY devices_owner_slot_key ON public.devices (owner_id, slot) NULLS NOT DISTINCT;

ALTER TABLE public.devices ADD CONSTRAINT devices_owner_slot_key UNIQUE USING INDEX devices_owner_slot_key;
