INSERT INTO posts (status, published_at) VALUES ('draft', NULL), ('published', now()), ('archived', now());
