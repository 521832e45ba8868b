CREATE TABLE a (id int PRIMARY KEY, x int, CONSTRAINT a_x_positive CHECK (x < 100), CONSTRAINT a_x_small CHECK (x > 0));
CREATE TABLE b (id int PRIMARY KEY, y int);
CREATE INDEX second_idx ON a (x);
CREATE INDEX first_idx ON b (y);
