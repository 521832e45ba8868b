INSERT INTO accounts (name) VALUES ('initech');
INSERT INTO users (email) VALUES ('dan@initech.io') ON CONFLICT DO NOTHING;
INSERT INTO invoices (account_id, amount) VALUES (1, 10);
UPDATE invoices SET amount = amount + 1 WHERE account_id = 1;
DELETE FROM invoices WHERE amount = 11;
