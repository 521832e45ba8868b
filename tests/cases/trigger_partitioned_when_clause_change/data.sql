INSERT INTO measurements VALUES (1, '2024-03-01', 10), (2, '2025-03-01', 2000);
