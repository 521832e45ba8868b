CREATE TABLE t (flag smallint);
