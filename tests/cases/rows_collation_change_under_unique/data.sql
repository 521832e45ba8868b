INSERT INTO tags (slug) VALUES ('postgres'), ('Postgres'), ('sql'), ('é');
INSERT INTO post_tags VALUES (1, 1), (1, 3), (2, 2);
