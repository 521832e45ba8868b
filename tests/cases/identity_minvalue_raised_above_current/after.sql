INSERT INTO t (v) VALUES ('z');
