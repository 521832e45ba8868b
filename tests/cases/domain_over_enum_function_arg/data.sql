INSERT INTO support.tickets (id, severity) VALUES (1, 'low'), (2, 'critical');
