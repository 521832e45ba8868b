INSERT INTO invoices (amount) SELECT g FROM generate_series(1, 30) g;
