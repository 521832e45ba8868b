-- every value kept its fields by name, and its NULLs (after the plan, and
-- again after the rollback, where amount and label are the fields both share)
DO $$ BEGIN
  IF (SELECT (main).label FROM ledger WHERE id = 1) IS DISTINCT FROM 'rent'
     OR (SELECT (main).amount FROM ledger WHERE id = 1) IS DISTINCT FROM 500
     OR (SELECT main FROM ledger WHERE id = 2) IS NOT NULL
     OR (SELECT pg_catalog.num_nulls(main) FROM ledger WHERE id = 3) <> 0
  THEN RAISE EXCEPTION 'values moved: %', (SELECT string_agg(l::text, ' | ') FROM ledger l);
  END IF;
END $$;
