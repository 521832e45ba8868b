INSERT INTO shops VALUES (1, 'SE'), (2, 'DE');
