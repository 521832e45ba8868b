CREATE TABLE cities (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW cities_sorted AS SELECT id, name FROM cities ORDER BY name;
