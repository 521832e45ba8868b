CREATE TABLE a (id int PRIMARY KEY, e text);
CREATE TABLE b (a_id int);
