CREATE TABLE t (id int PRIMARY KEY, a_b int);
CREATE TABLE t_a (id int PRIMARY KEY, b int);
