-- Enum remove value used in array and default.
INSERT INTO api_keys VALUES (1, '{read,write}', 'write'), (2, DEFAULT, DEFAULT);
