CREATE TABLE people (
    id integer PRIMARY KEY,
    birth_year integer NOT NULL,
    age_in_2030 integer GENERATED ALWAYS AS (2030 - birth_year) STORED
);
