INSERT INTO docs (title) VALUES ('hello'), ('world');
