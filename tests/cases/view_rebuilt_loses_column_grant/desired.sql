CREATE TABLE t (a int, b int, c int);
CREATE VIEW v AS SELECT a, c FROM t;
GRANT SELECT (a) ON v TO sd_reader;
