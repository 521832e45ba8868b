CREATE TYPE st AS ENUM ('new', 'cancelled');
CREATE TABLE t (s st);
