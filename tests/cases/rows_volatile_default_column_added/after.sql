INSERT INTO api_keys (owner) VALUES ('d');
