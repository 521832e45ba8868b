-- A composite type replaced under a column with rows (fields added, dropped or
-- reordered): the values move over by field name, not through text.
CREATE TYPE address AS (street text, city text, zip text);
CREATE TABLE shops (id int PRIMARY KEY, addr address);
