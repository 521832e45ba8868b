INSERT INTO tickets (title) VALUES ('new');
SELECT status FROM tickets WHERE title = 'new';
DELETE FROM tickets WHERE title = 'new';
