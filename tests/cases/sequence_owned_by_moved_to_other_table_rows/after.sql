DO $$
BEGIN
  IF pg_get_expr((SELECT adbin FROM pg_attrdef WHERE adrelid = 'users'::regclass), 'users'::regclass) IS NOT NULL THEN
    INSERT INTO users (name) VALUES ('dee');
  ELSE
    INSERT INTO legacy_users (name) VALUES ('dee');
  END IF;
END $$;
