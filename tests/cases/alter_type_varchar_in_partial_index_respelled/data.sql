INSERT INTO subs VALUES (1, 1, 'active'), (2, 1, 'canceled');
