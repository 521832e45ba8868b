DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'measurements'::regclass AND attname = 'fahrenheit' AND attgenerated <> '') THEN
    INSERT INTO measurements (celsius) VALUES (20);
  ELSE
    INSERT INTO measurements (celsius, fahrenheit) VALUES (20, 68);
  END IF;
END $$;
