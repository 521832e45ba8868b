CREATE TABLE t (a int PRIMARY KEY, c date, b text);
CREATE VIEW v AS SELECT * FROM t;
