-- the new sequence continues after the existing ids; after the rollback
-- there is no default and the id is given
DO $$
BEGIN
  IF (SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef
      WHERE adrelid = 'tickets'::regclass) IS NOT NULL THEN
    INSERT INTO tickets (subject) VALUES ('new ticket');
  END IF;
END $$;
