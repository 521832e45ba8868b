-- A composite type replaced under a column with rows (fields added, dropped or
-- reordered): the values move over by field name, not through text.
CREATE TYPE full_name AS (first_name text, last_name text);
CREATE TABLE people (id int PRIMARY KEY, name full_name NOT NULL);
