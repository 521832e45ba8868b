-- schemadiff rollback
-- source fingerprint: b3216c36f2589bbb
-- target fingerprint: dddaf83b56e96e5b
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.positions DROP CONSTRAINT positions_list_pos_key;

-- hazard: long-lock
ALTER TABLE public.positions ADD CONSTRAINT positions_list_pos_key UNIQUE (list_id, pos);

COMMIT;
