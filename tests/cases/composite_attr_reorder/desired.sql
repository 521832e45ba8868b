-- A composite type replaced under a column with rows (fields added, dropped or
-- reordered): the values move over by field name, not through text.
CREATE TYPE full_name AS (last_name text, first_name text);
CREATE TABLE people (id int PRIMARY KEY, name full_name NOT NULL);
