CREATE TABLE people (id int PRIMARY KEY, name text NOT NULL, nickname text, email text);
CREATE VIEW people_v AS SELECT * FROM people;
