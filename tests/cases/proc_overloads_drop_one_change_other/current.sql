CREATE TABLE archive (id int, note text);
CREATE PROCEDURE archive_item(p_id int) LANGUAGE sql AS $$ INSERT INTO archive VALUES (p_id, null) $$;
CREATE PROCEDURE archive_item(p_id int, p_note text) LANGUAGE sql AS $$ INSERT INTO archive VALUES (p_id, p_note) $$;
CREATE PROCEDURE archive_item(p_note text) LANGUAGE sql AS $$ INSERT INTO archive VALUES (0, p_note) $$;
