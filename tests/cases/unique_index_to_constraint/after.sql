DO $$ BEGIN
  IF to_regclass('tag_links') IS NOT NULL THEN
    EXECUTE $q$INSERT INTO tag_links VALUES (1,'red',10)$q$;
    UPDATE tags SET slug = 'crimson' WHERE id = 1;
    PERFORM 1 FROM tag_links WHERE slug = 'crimson';
    IF NOT FOUND THEN RAISE EXCEPTION 'cascade did not fire'; END IF;
    UPDATE tags SET slug = 'red' WHERE id = 1;
    EXECUTE 'DELETE FROM tag_links';
  END IF;
END $$;
