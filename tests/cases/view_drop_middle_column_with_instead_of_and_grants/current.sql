-- A column is dropped from the middle of a writable view that has an
-- INSTEAD OF trigger, a comment, and table-level grants.
CREATE TABLE members (id integer PRIMARY KEY, name text NOT NULL, phone text, city text);
CREATE VIEW members_v AS SELECT id, name, phone, city FROM members;
CREATE FUNCTION members_v_upd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE members SET name = NEW.name, city = NEW.city WHERE id = OLD.id; RETURN NEW; END $$;
CREATE TRIGGER members_v_upd INSTEAD OF UPDATE ON members_v FOR EACH ROW EXECUTE FUNCTION members_v_upd();
COMMENT ON VIEW members_v IS 'member directory';
COMMENT ON COLUMN members_v.city IS 'home city';
GRANT SELECT, UPDATE ON members_v TO sd_writer;
