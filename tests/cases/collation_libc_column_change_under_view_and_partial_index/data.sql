INSERT INTO files (path, deleted) VALUES ('/a', false), ('/B', false), ('/a', true);
