INSERT INTO events (name) VALUES ('c');
