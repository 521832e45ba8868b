CREATE DOMAIN posint AS int CONSTRAINT posint_check CHECK (VALUE > 1);
CREATE TABLE t (id int PRIMARY KEY, xs posint[]);
