CREATE TYPE st AS ENUM ('new', 'canceled');
CREATE TABLE t (s st);
