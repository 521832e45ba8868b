INSERT INTO events (name) VALUES ('a'), ('b');
