DO $$ BEGIN IF (SELECT count(*) FROM customer_totals) <> 2 THEN RAISE EXCEPTION 'matview lost its rows'; END IF; END $$;
