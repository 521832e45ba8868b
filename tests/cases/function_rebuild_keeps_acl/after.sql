SET ROLE sd_reader;
DO $$ BEGIN
  PERFORM transfer(1, 2, 1);
  RAISE EXCEPTION 'sd_reader could execute transfer';
EXCEPTION WHEN insufficient_privilege THEN NULL;
END $$;
RESET ROLE;
