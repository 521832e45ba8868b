INSERT INTO posts (title) VALUES ('one'), ('two');
INSERT INTO pages (slug) VALUES ('about'), ('contact');
INSERT INTO posts (title) VALUES ('three');
