INSERT INTO wiki VALUES (1, 'bob', false, 'hi');
