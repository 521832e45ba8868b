INSERT INTO sessions (account_id) VALUES (3);
