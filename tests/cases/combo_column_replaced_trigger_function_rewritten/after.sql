INSERT INTO users (id) VALUES (3);
DELETE FROM users WHERE id = 3;
