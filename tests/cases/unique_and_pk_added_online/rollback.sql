-- schemadiff rollback
-- source fingerprint: b134611fd683e6c2
-- target fingerprint: 349f3db77e807633
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.devices DROP CONSTRAINT devices_label_key;

ALTER TABLE public.devices DROP CONSTRAINT devices_owner_slot_key;

ALTER TABLE public.devices DROP CONSTRAINT devices_pkey;

ALTER TABLE public.readings DROP CONSTRAINT readings_pkey;

COMMIT;
