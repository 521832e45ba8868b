DO $$ BEGIN
  IF (SELECT (name).first_name FROM people WHERE id = 1) <> 'Ada' THEN
    RAISE EXCEPTION 'first_name is now %', (SELECT (name).first_name FROM people WHERE id = 1);
  END IF;
END $$;
