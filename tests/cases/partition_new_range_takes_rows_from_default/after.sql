-- After the plan no row is lost (the rollback drops the new partition, with
-- its rows: flagged data-loss).
DO $$ BEGIN
  IF to_regclass('public.invoices_2025') IS NOT NULL AND (SELECT count(*) FROM invoices) <> 4 THEN
    RAISE 'rows lost';
  END IF;
END $$;
