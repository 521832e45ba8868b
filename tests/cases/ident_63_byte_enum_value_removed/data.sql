INSERT INTO orders VALUES (1, 'new'), (2, 'done');
