INSERT INTO categories (name) VALUES ('c');
