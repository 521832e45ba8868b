INSERT INTO accounts (email, plan) VALUES ('a@x', 'free'), ('b@x', NULL);
