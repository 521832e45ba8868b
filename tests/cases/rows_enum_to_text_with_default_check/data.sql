INSERT INTO tickets (title, state) VALUES ('a', 'open'), ('b', 'pending'), ('c', 'closed');
