CREATE TYPE person_name AS (given text COLLATE "C", family text COLLATE "C", suffix text);
CREATE TABLE authors (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name person_name NOT NULL
);
COMMENT ON TYPE person_name IS 'a person''s name, split';
COMMENT ON COLUMN person_name.given IS 'first name(s)';
COMMENT ON COLUMN person_name.family IS 'surname';
