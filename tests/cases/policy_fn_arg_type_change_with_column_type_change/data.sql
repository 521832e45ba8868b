INSERT INTO invoices VALUES (1, 7, 10);
