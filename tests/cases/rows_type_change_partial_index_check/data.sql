INSERT INTO payments (amount) VALUES (5), (20000), (0);
