INSERT INTO warehouses VALUES (1, 'W1'), (2, 'W2');
INSERT INTO bins VALUES (1, 'W1', 10, 3), (2, 'W2', 5, 5);
