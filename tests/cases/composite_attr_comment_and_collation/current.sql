CREATE TYPE person_name AS (given text, family text);
CREATE TABLE authors (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name person_name NOT NULL
);
