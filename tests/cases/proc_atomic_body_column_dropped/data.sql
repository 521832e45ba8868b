INSERT INTO sessions VALUES (1, 1, 'tok', now());
