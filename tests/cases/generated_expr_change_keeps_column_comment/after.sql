INSERT INTO invoices (net) VALUES (1);
