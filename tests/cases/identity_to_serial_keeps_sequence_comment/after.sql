INSERT INTO visits (path) VALUES ('/new');
