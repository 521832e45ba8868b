INSERT INTO posts (title) VALUES ('a'), ('b');
INSERT INTO comments (post_id, body) VALUES (1, 'x'), (2, 'y');
