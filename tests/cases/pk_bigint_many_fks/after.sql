INSERT INTO accounts (name) VALUES ('initech');
INSERT INTO users (account_id, email) SELECT id, 'x@initech' FROM accounts WHERE name = 'initech';
INSERT INTO notes (account_id, body) SELECT id, 'hello' FROM accounts WHERE name = 'initech';
DELETE FROM accounts WHERE name = 'initech';
SELECT * FROM account_totals;
