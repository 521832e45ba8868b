INSERT INTO pg_orders VALUES (1, 'a');
