-- schemadiff plan
-- source fingerprint: 9030e4953a8e3beb
-- target fingerprint: 81fd193e92b847fb
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_2025_account_id_idx;

DROP INDEX public.events_2026_account_id_idx;

-- hazard: long-lock
CREATE INDEX events_account_id_idx ON public.events USING btree (account_id);

COMMIT;
