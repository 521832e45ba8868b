INSERT INTO plans VALUES (1, 'free', 1), (2, 'pro', 50);
