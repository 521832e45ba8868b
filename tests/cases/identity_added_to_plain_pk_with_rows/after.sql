DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'customers'::regclass AND attname = 'id' AND attidentity <> '') THEN
    INSERT INTO customers (email) VALUES ('new' || clock_timestamp()::text);
  ELSE
    INSERT INTO customers (id, email) SELECT max(id) + 1, 'new' || clock_timestamp()::text FROM customers;
  END IF;
END $$;
