INSERT INTO visits (path) VALUES ('/'), ('/about');
