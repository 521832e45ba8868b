INSERT INTO accounts (id, email) VALUES (3, 'c@x');
DELETE FROM accounts WHERE id = 3;
