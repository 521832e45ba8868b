INSERT INTO t VALUES ('canceled');
