-- the identity continues after the existing ids (after the rollback there is
-- no identity, and the ids are given)
DO $$
BEGIN
  IF (SELECT attidentity FROM pg_attribute WHERE attrelid = 'widgets'::regclass AND attname = 'id') <> '' THEN
    INSERT INTO widgets (name) VALUES ('washer');
    INSERT INTO gadgets (label) VALUES ('radio');
  END IF;
END $$;
