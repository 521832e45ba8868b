INSERT INTO tickets (subject) VALUES ('a'), ('b'), ('c');
