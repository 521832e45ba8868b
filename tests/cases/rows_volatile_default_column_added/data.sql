INSERT INTO api_keys (owner) VALUES ('a'), ('b'), ('c');
