INSERT INTO t VALUES (true), (false);
