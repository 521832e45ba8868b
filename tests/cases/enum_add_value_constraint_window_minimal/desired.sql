CREATE TYPE st AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id int PRIMARY KEY, s st NOT NULL DEFAULT 'c', CONSTRAINT t_s_check CHECK (s NOT IN ('b', 'c')));
