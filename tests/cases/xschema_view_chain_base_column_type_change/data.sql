INSERT INTO core.orders VALUES (1, 10.50, 'ann'), (2, 3.25, 'bob'), (3, 1, 'ann');
