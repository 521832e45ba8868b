CREATE TABLE people (
    id integer PRIMARY KEY,
    name varchar(20) NOT NULL
);
CREATE VIEW people_v AS SELECT id, name FROM people;
CREATE FUNCTION people_v_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people (id, name) VALUES (NEW.id, NEW.name);
    RETURN NEW;
END $$;
CREATE TRIGGER people_v_ins INSTEAD OF INSERT ON people_v FOR EACH ROW EXECUTE FUNCTION people_v_ins();
