DO $$ BEGIN
  IF (SELECT is_identity FROM information_schema.columns WHERE table_schema = 'Shop' AND table_name = 'Orders' AND column_name = 'id') = 'YES' THEN
    INSERT INTO "Shop"."Orders" (note) VALUES ('c');
  END IF;
END $$;
