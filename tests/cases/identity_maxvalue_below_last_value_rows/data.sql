INSERT INTO t (v) SELECT 'x' FROM generate_series(1, 5);
