CREATE TABLE t (a bigint);
CREATE VIEW v AS SELECT a FROM t;
GRANT SELECT (a) ON v TO sd_reader;
