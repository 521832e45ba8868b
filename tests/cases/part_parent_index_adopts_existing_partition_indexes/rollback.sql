-- schemadiff rollback
-- source fingerprint: 81fd193e92b847fb
-- target fingerprint: 9030e4953a8e3beb
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.events_account_id_idx;

COMMIT;

CREATE INDEX CONCURRENTLY events_2025_account_id_idx ON public.events_2025 USING btree (account_id);

CREATE INDEX CONCURRENTLY events_2026_account_id_idx ON public.events_2026 USING btree (account_id);
