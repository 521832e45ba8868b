INSERT INTO accounts (name) VALUES ('acme'),('globex');
INSERT INTO users (account_id, email) VALUES (1,'a@acme'),(2,'b@globex');
INSERT INTO invoices (account_id, total) VALUES (1, 10.5),(1, 20),(2, 7);
INSERT INTO notes (account_id, body) VALUES (1,'n1'),(NULL,'n2');
