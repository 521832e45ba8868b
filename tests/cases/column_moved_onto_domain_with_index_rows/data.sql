INSERT INTO users (email, phone) VALUES ('ann@example.com', '+46 70 123'), ('bob@example.com', NULL);
