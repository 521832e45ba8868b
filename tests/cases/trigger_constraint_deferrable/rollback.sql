-- schemadiff rollback
-- source fingerprint: 5229ae9b12efd7e4
-- target fingerprint: 00a7c30be034e099
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER ledger_entries_balanced ON public.ledger_entries;

CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT OR UPDATE ON public.ledger_entries NOT DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION public.check_txn_balanced();

COMMIT;
