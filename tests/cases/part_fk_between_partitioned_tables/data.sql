INSERT INTO orders VALUES (1, '2025-03-01', 10), (2, '2026-03-01', 20);
INSERT INTO order_lines VALUES (1, '2025-03-01', 1, 'A'), (2, '2026-03-01', 1, 'B');
