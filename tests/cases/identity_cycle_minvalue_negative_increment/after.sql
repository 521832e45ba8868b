INSERT INTO tokens (v) VALUES ('z');
