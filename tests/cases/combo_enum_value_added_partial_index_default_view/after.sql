INSERT INTO tickets (id, title) VALUES (99, 'x');
DELETE FROM tickets WHERE id = 99;
