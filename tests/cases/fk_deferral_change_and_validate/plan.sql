-- schemadiff plan
-- source fingerprint: e5c613ecd612a410
-- target fingerprint: 6e7170c8f56751dc
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.events ALTER CONSTRAINT events_account_id_fkey NOT DEFERRABLE;

ALTER TABLE public.ledger ALTER CONSTRAINT ledger_account_fk DEFERRABLE INITIALLY DEFERRED;

-- hazard: long-lock
ALTER TABLE public.ledger VALIDATE CONSTRAINT ledger_account_fk;

COMMIT;
