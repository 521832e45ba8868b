CREATE TABLE a (id int PRIMARY KEY, e text UNIQUE);
CREATE TABLE b (a_id int REFERENCES a (id));
