CREATE EXTENSION citext;
CREATE TABLE people (id int, aliases citext[]);
