INSERT INTO tokens (v) VALUES ('a'), ('b');
