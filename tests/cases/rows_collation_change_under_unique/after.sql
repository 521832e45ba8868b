INSERT INTO tags (slug) VALUES ('new-' || clock_timestamp()::text);
