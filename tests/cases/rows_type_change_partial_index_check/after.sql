INSERT INTO payments DEFAULT VALUES;
DO $$ BEGIN IF (SELECT sum(amount) FROM payments WHERE id <= 3) <> 20005 THEN RAISE EXCEPTION 'rows altered'; END IF; END $$;
