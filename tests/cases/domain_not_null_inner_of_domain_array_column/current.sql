CREATE DOMAIN posint AS int;
CREATE DOMAIN sp AS posint;
CREATE TABLE t (id int PRIMARY KEY, xs sp[]);
