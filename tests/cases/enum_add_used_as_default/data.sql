INSERT INTO tickets (status, title) VALUES ('open','a'),('closed','b');
