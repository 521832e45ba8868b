INSERT INTO invoices (amount) VALUES (1), (2), (3);
