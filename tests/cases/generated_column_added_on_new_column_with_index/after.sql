INSERT INTO documents (title, body) VALUES ('Third', 'text');
