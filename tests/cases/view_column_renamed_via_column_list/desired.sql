-- A view names its columns with a column list; one name changes and a view
-- depends on it.
CREATE TABLE people (id integer PRIMARY KEY, first text NOT NULL, last text NOT NULL);
CREATE VIEW people_names (person_id, display_name) AS SELECT id, first || ' ' || last FROM people;
CREATE VIEW people_initials AS SELECT person_id, left(display_name, 1) AS initial FROM people_names;
