-- schemadiff plan
-- source fingerprint: 58c1e7f34bfbd745
-- target fingerprint: 5c3aae475364b987
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER ledger_entries_balanced ON public.ledger_entries;

CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT OR UPDATE ON public.ledger_entries DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_txn_balanced();

COMMIT;
