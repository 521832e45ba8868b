INSERT INTO invoices (issued_on, amount) VALUES ('2024-02-01', 10), ('2025-03-01', 20), ('2025-12-31', 5), ('2030-06-01', 30);
