INSERT INTO posts (title) VALUES ('c');
