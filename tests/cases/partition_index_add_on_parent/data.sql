-- Partition index add on parent.
INSERT INTO orders VALUES (1, '2024-03-01', 10, 'new'), (2, '2025-03-01', 11, 'paid');
