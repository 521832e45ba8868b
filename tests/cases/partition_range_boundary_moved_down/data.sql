INSERT INTO t VALUES (50, 'a'), (300, 'b');
