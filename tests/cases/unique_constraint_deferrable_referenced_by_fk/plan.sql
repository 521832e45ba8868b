-- schemadiff plan
-- source fingerprint: dddaf83b56e96e5b
-- target fingerprint: b3216c36f2589bbb
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.positions DROP CONSTRAINT positions_list_pos_key;

-- hazard: long-lock
ALTER TABLE public.positions ADD CONSTRAINT positions_list_pos_key UNIQUE (list_id, pos) DEFERRABLE INITIALLY DEFERRED;

COMMIT;
