UPDATE a SET v = v || '!';
UPDATE b SET v = 'z';
UPDATE c SET v = 'z';
DO $$ BEGIN IF (SELECT updated_at FROM c WHERE id = 1) IS NULL THEN RAISE EXCEPTION 'trigger did not fire'; END IF; END $$;
