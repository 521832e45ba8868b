DO $$ BEGIN
  IF (SELECT column_default FROM information_schema.columns WHERE table_name = 'tickets' AND column_name = 'id') IS NOT NULL THEN
    INSERT INTO tickets (title) VALUES ('x');
  END IF;
END $$;
