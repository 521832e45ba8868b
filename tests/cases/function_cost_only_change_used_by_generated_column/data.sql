INSERT INTO t (id, n) VALUES (1, 2);
