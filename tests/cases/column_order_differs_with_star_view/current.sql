CREATE TABLE t (a int PRIMARY KEY, b text, c date);
CREATE VIEW v AS SELECT * FROM t;
