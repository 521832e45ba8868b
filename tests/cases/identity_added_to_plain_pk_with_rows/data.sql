INSERT INTO customers (id, email) VALUES (1, 'a@x'), (2, 'b@x'), (7, 'c@x');
