CREATE TYPE st AS ENUM ('a', 'b');
CREATE TABLE t (id int PRIMARY KEY, s st NOT NULL DEFAULT 'a', CONSTRAINT t_s_check CHECK (s <> 'b'));
