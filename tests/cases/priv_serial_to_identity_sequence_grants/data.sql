INSERT INTO events(kind) VALUES ('a');
