CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    nickname text
);
CREATE VIEW people_v AS SELECT id, name, nickname FROM people;
CREATE FUNCTION people_v_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people (id, name, nickname) VALUES (NEW.id, NEW.name, NEW.nickname);
    RETURN NEW;
END $$;
CREATE TRIGGER people_v_ins INSTEAD OF INSERT ON people_v FOR EACH ROW EXECUTE FUNCTION people_v_ins();
CREATE INDEX people_name_idx ON people (name);
