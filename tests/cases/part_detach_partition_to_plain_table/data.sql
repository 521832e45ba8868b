INSERT INTO logs VALUES (1, '2023-05-01', 'old'), (2, '2024-05-01', 'new');
