-- Partition new range with rows in default.
INSERT INTO invoices VALUES (1, '2024-02-01', 10), (2, '2030-06-01', 20);
