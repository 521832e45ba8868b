INSERT INTO invoices (net) VALUES (100), (12.34);
