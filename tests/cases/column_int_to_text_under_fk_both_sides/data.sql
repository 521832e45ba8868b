INSERT INTO countries VALUES (1, 'A'), (44, 'B');
INSERT INTO cities VALUES (1, 44), (2, NULL);
