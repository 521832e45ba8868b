INSERT INTO logs VALUES (1, '2023-06-01', 'old', NULL), (2, '2024-06-01', 'new', NULL);
