INSERT INTO people VALUES (1, 'ann', 'ann@x'), (2, 'bob', NULL);
