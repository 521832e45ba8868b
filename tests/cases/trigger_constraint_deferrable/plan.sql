-- schemadiff plan
-- source fingerprint: d7894574e2ca15d8
-- target fingerprint: 4b4a4f99eb7a2b70
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER ledger_entries_balanced ON public.ledger_entries;

CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT OR UPDATE ON public.ledger_entries DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_txn_balanced();

COMMIT;
