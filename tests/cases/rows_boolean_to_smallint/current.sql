CREATE TABLE t (flag boolean);
