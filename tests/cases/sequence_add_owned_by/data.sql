INSERT INTO tickets (id, subject) VALUES (1, 'login broken'), (2, 'slow page');
