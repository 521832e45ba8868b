INSERT INTO measurements VALUES (1, '2025-02-01', 1.5);
INSERT INTO measurements_2024 VALUES (1, '2024-02-01', 0.5), (2, '2024-11-30', 2.5);
