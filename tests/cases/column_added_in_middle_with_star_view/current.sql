CREATE TABLE people (id int PRIMARY KEY, name text NOT NULL, email text);
CREATE VIEW people_v AS SELECT * FROM people;
