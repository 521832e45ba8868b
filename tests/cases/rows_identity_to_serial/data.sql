INSERT INTO invoices (number) VALUES ('A1'), ('A2'), ('A3');
INSERT INTO invoices (id, number) VALUES (50, 'A50');
