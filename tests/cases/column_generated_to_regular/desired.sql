CREATE TABLE people (
    id integer PRIMARY KEY,
    birth_year integer NOT NULL,
    age_in_2030 integer
);
