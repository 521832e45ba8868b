DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'tickets'::regclass AND attname = 'id' AND attidentity <> '') THEN
    INSERT INTO tickets (subject) VALUES ('by identity');
  ELSE
    INSERT INTO tickets (id, subject) SELECT max(id) + 1, 'by hand' FROM tickets;
  END IF;
END $$;
