INSERT INTO t VALUES (1, 5, 'postgres');
