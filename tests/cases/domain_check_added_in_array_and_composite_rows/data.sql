INSERT INTO orders VALUES (1, '{1,2,3}', ROW('a-1', 2), 5), (2, '{}', ROW('b', 1), 1);
