CREATE DOMAIN posint AS int NOT NULL;
CREATE DOMAIN sp AS posint;
CREATE TABLE t (id int PRIMARY KEY, xs sp[]);
