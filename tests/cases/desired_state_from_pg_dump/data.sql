INSERT INTO app.accounts (email, plan) VALUES ('a@example.com', 'pro'), ('b@example.com', 'free');
