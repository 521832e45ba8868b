INSERT INTO accounts (email, plan) VALUES ('a@x', 'free'), ('b@x', 'pro'), ('c@x', NULL);
INSERT INTO sessions (account_id) VALUES (1), (2), (2);
