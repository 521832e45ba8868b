INSERT INTO events(kind) VALUES ('b');
