INSERT INTO events (kind) VALUES ('a'), ('b');
INSERT INTO events (id, kind) VALUES (100, 'c');
