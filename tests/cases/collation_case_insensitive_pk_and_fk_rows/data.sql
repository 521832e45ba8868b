INSERT INTO tags VALUES ('postgres'), ('SQL'), ('c');
INSERT INTO post_tags VALUES (1, 'postgres'), (1, 'SQL'), (2, 'c');
