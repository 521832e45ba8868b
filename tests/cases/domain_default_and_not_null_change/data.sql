INSERT INTO tasks.items (id, prio, tag) VALUES (1, 2, 'home'), (2, 5, 'work');
