INSERT INTO posts DEFAULT VALUES;
DO $$ BEGIN IF (SELECT string_agg(status::text, ',' ORDER BY id) FROM posts WHERE id <= 3) <> 'draft,published,archived' THEN RAISE EXCEPTION 'rows altered'; END IF; END $$;
