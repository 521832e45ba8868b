INSERT INTO tickets (title) VALUES ('d');
DO $$ BEGIN IF (SELECT string_agg(state::text, ',' ORDER BY id) FROM tickets WHERE id <= 3) <> 'open,pending,closed' THEN RAISE EXCEPTION 'rows altered'; END IF; END $$;
