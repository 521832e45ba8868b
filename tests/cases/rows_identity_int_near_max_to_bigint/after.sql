INSERT INTO hits (url) VALUES ('/next');
