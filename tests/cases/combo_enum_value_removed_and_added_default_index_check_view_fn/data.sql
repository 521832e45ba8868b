INSERT INTO orders VALUES (1, 'new', '{}'), (2, 'paid', '{new}'), (3, 'shipped', '{new,paid}');
