INSERT INTO t VALUES (1, 1, 'x', 'y'), (2, NULL, 'z', 'w');
