-- schemadiff plan
-- source fingerprint: 9030e4953a8e3beb
-- target fingerprint: 81fd193e92b847fb
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX events_account_id_idx ON public.events USING btree (account_id);

COMMIT;
