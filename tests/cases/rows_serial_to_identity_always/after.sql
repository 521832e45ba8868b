INSERT INTO events (kind) VALUES ('z');
