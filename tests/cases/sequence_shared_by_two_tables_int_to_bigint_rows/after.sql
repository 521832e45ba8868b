INSERT INTO posts (title) VALUES ('four');
INSERT INTO pages (slug) VALUES ('faq');
