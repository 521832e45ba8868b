CREATE TABLE archive (id int, note text);
CREATE PROCEDURE archive_item(p_id int, p_note text DEFAULT NULL) LANGUAGE sql AS $$ INSERT INTO archive VALUES (p_id, p_note) $$;
CREATE PROCEDURE archive_item(p_note text) LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN INSERT INTO archive VALUES (-1, p_note); END $$;
