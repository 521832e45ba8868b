-- schemadiff rollback
-- source fingerprint: 6e7170c8f56751dc
-- target fingerprint: e5c613ecd612a410
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.ledger DROP CONSTRAINT ledger_account_fk;

ALTER TABLE public.events ALTER CONSTRAINT events_account_id_fkey DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE public.ledger ADD CONSTRAINT ledger_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts(id) DEFERRABLE NOT VALID;

COMMIT;
