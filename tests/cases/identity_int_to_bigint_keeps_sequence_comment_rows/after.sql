INSERT INTO clicks (url) VALUES ('x');
