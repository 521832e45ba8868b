INSERT INTO users (id, fullname) VALUES (1, NULL), (2, NULL);
