INSERT INTO measurements VALUES (3, '2025-04-01', -5);
