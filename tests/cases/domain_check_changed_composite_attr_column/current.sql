CREATE DOMAIN posint AS int CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE TYPE item AS (q posint, l text);
CREATE TABLE t (id int PRIMARY KEY, it item);
