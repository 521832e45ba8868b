INSERT INTO accounts (name) VALUES ('acme'), ('globex');
INSERT INTO users (email, full_name) VALUES ('ann@acme.io','Ann'),('bob@globex.io','Bob'),('cid@acme.io',NULL);
INSERT INTO memberships VALUES (1,1,'owner'),(2,2,'owner'),(1,3,'member');
INSERT INTO invoices (account_id, amount, status, issued_at) VALUES (1, 100, 'paid', '2024-01-01'),(1, 50, 'draft', NULL),(2, 75.5, 'sent', '2024-02-01');
