INSERT INTO invoices (number) VALUES ('N' || clock_timestamp()::text);
