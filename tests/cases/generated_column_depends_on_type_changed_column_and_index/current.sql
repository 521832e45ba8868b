-- Generated column depends on type changed column and index.
CREATE TABLE people (
    id bigint PRIMARY KEY,
    first_name varchar(50) NOT NULL,
    last_name varchar(50) NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED
);
CREATE INDEX people_full_name_idx ON people (full_name);
